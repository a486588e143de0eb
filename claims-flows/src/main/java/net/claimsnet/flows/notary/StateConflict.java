package net.claimsnet.flows.notary;

import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.serialization.CordaSerializable;

/** A state a transaction wanted to consume or reference, and the transaction that already consumed it. */
@CordaSerializable
public final class StateConflict {

    private final StateRef state;
    private final SecureHash consumedBy;

    public StateConflict(StateRef state, SecureHash consumedBy) {
        this.state = state;
        this.consumedBy = consumedBy;
    }

    public StateRef getState() {
        return state;
    }

    public SecureHash getConsumedBy() {
        return consumedBy;
    }

    @Override
    public String toString() {
        return state + " was consumed by transaction " + consumedBy;
    }
}
