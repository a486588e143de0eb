package net.claimsnet.flows.resolution;

import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.serialization.ConstructorForDeserialization;
import net.corda.core.serialization.CordaSerializable;

import java.util.List;

/**
 * A receiver asks the sender of a transaction for transactions of its back chain, by id, naming
 * the states of them it needs (what its transactions consume or reference): a sender that may not
 * hand over a whole transaction tears off just those states.
 */
@CordaSerializable
public final class FetchRequest {

    private final List<SecureHash> ids;
    private final List<StateRef> states;

    public FetchRequest(List<SecureHash> ids) {
        this(ids, List.of());
    }

    @ConstructorForDeserialization
    public FetchRequest(List<SecureHash> ids, List<StateRef> states) {
        this.ids = List.copyOf(ids);
        this.states = states == null ? List.of() : List.copyOf(states);
    }

    public List<SecureHash> getIds() {
        return ids;
    }

    /** The states needed of the transactions asked for. */
    public List<StateRef> getStates() {
        return states;
    }
}
