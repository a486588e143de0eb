package net.claimsnet.flows.recovery;

import net.corda.core.serialization.CordaSerializable;

import java.time.Instant;
import java.util.List;

/**
 * A restored node to a peer: the next page of the transactions I take part in that you recorded since
 * {@code since}, scanning your ledger from the {@code skip}-th transaction recorded since then; and how
 * these sessions of mine are doing on your side. {@code finished} ends the conversation.
 */
@CordaSerializable
public final class RecoveryRequest {

    private final Instant since;
    private final int skip;
    private final List<SessionQuestion> sessions;
    private final boolean finished;

    public RecoveryRequest(Instant since, int skip, List<SessionQuestion> sessions, boolean finished) {
        this.since = since;
        this.skip = skip;
        this.sessions = sessions == null ? List.of() : List.copyOf(sessions);
        this.finished = finished;
    }

    static RecoveryRequest finish() {
        return new RecoveryRequest(Instant.EPOCH, 0, List.of(), true);
    }

    public Instant getSince() {
        return since;
    }

    public int getSkip() {
        return skip;
    }

    public List<SessionQuestion> getSessions() {
        return sessions;
    }

    public boolean isFinished() {
        return finished;
    }
}
