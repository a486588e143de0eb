package net.claimsnet.ledger.storage;

import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the node's verified transactions, by id (in memory for tests, the database in a server). */
public interface TransactionStore {

    /** Records a verified transaction; returns false if it was already recorded. */
    boolean add(SignedTransaction transaction);

    Optional<SignedTransaction> find(SecureHash id);

    default boolean contains(SecureHash id) {
        return find(id).isPresent();
    }

    long count();

    /** The ids of the transactions recorded last, at most {@code count}, the oldest of them first. */
    List<SecureHash> latest(int count);

    /** When this node recorded the transaction, for stores that keep it (the database does; in memory, empty). */
    default Optional<Instant> recordedAt(SecureHash id) {
        return Optional.empty();
    }
}
