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

    /**
     * The ids of the transactions recorded at or after {@code since}, in the order recorded, from the
     * {@code skip}-th on, at most {@code max}: what a peer restored from a backup taken at about that time
     * may lack. A store that keeps no recording time returns every transaction (more than asked, never less).
     */
    default List<SecureHash> recordedSince(Instant since, int skip, int max) {
        List<SecureHash> all = latest(Integer.MAX_VALUE);
        int from = Math.min(skip, all.size());
        int to = (int) Math.min(all.size(), (long) skip + max);
        return List.copyOf(all.subList(from, to));
    }

    /** When this node recorded the transaction, for stores that keep it (the database does; in memory, empty). */
    default Optional<Instant> recordedAt(SecureHash id) {
        return Optional.empty();
    }
}
