package net.claimsnet.ledger.storage;

import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.LinearState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.UniqueIdentifier;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Port: the states a node holds, consumed or not. Only states the node is relevant to enter it;
 * a transaction's inputs are marked consumed by the transaction that spent them.
 */
public interface VaultStore {

    /** Marks the inputs consumed and adds the produced states, atomically. */
    void apply(Collection<StateRef> consumed, Collection<StateAndRef<ContractState>> produced);

    <T extends ContractState> List<StateAndRef<T>> unconsumed(Class<T> type);

    /**
     * The unconsumed states of the type whose {@link VaultLookupKey} is the given key: an indexed
     * read. Refused (IllegalStateException) by a vault that indexes no key.
     */
    <T extends ContractState> List<StateAndRef<T>> unconsumedWithKey(Class<T> type, String key);

    /**
     * How many unconsumed states of the type have the key: an indexed count that decodes no state
     * (a work list's counts per status). Refused like {@link #unconsumedWithKey} by a vault without keys.
     */
    long countUnconsumedWithKey(Class<? extends ContractState> type, String key);

    /** The unconsumed state of a linear id (the latest version of a claim, an accumulator...). */
    <T extends LinearState> Optional<StateAndRef<T>> latest(UniqueIdentifier linearId, Class<T> type);

    boolean isConsumed(StateRef ref);

    /** Whether the vault holds the state, consumed or not (a state only known as spent elsewhere is not held). */
    boolean holds(StateRef ref);

    /** Every version a linear id has had on this node, oldest first. */
    <T extends LinearState> List<StateAndRef<T>> history(UniqueIdentifier linearId, Class<T> type);
}
