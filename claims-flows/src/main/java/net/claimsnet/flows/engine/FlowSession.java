package net.claimsnet.flows.engine;

import net.corda.core.identity.CordaX500Name;

import java.util.Objects;

/** A flow's handle on a conversation with one counterparty; saved in checkpoints with the flow. */
public final class FlowSession implements Checkpointable {

    private final String id;
    private final CordaX500Name counterparty;

    public FlowSession(String id, CordaX500Name counterparty) {
        this.id = Objects.requireNonNull(id, "id");
        this.counterparty = Objects.requireNonNull(counterparty, "counterparty");
    }

    public String id() {
        return id;
    }

    public CordaX500Name counterparty() {
        return counterparty;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowSession && ((FlowSession) o).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "session " + id + " with " + counterparty;
    }
}
