package net.claimsnet.ledger.storage;

import net.claimsnet.ledger.resolution.TornOffTransaction;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TransactionState;
import net.corda.core.crypto.SecureHash;

import java.util.Optional;

/**
 * Port: the transactions a node knows only partly, as verified Merkle tear-offs revealing the
 * outputs it needed (another party's transaction whose state one of this node's transactions
 * consumes). Kept apart from {@link TransactionStore}: a tear-off is never a recorded transaction,
 * never resolves further back, and is never served onward as one.
 */
public interface TornOffTransactionStore {

    /** Keeps a tear-off that was checked (Merkle proof, notary's and owners' signatures). */
    void add(TornOffTransaction tearOff);

    /** The output a kept tear-off reveals, if one does. */
    default Optional<TransactionState<ContractState>> output(StateRef ref) {
        for (TornOffTransaction tearOff : find(ref.getTxhash())) {
            TransactionState<ContractState> state = tearOff.revealedOutputs().get(ref.getIndex());
            if (state != null) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** The tear-offs of one transaction (several, if different outputs were needed at different times). */
    java.util.List<TornOffTransaction> find(SecureHash id);

    default boolean reveals(StateRef ref) {
        return output(ref).isPresent();
    }

    default boolean contains(SecureHash id) {
        return !find(id).isEmpty();
    }
}
