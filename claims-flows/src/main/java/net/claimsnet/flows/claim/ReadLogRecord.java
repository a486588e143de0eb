package net.claimsnet.flows.claim;

import net.corda.core.serialization.CordaSerializable;

import java.time.Instant;

/** One entry of a node's read log as it crosses the network: when, which user, what, the outcome. No PHI. */
@CordaSerializable
public final class ReadLogRecord {

    private final Instant at;
    private final String actor;
    private final String action;
    private final String outcome;

    public ReadLogRecord(Instant at, String actor, String action, String outcome) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.outcome = outcome;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getOutcome() {
        return outcome;
    }
}
