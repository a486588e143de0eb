package net.claimsnet.ledger.storage;

import net.claimsnet.ledger.LeastRecentlyUsed;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.serialization.SerializedBytes;
import net.corda.core.transactions.SignedTransaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Transactions in memory, for tests and the in-JVM network, in their serialized form (the
 * transaction's bytes, kept off the heap, and its signatures), as a database would hold them: a
 * deserialized transaction keeps every component it ever decoded (about three times its size),
 * and even serialized, the thousands a benchmark records would be most of the heap.
 * The most recently recorded stay decoded; for the others each {@link #find} hands out a fresh
 * transaction that decodes only what its caller reads.
 */
public final class InMemoryTransactionStore implements TransactionStore {

    /** Recently recorded transactions stay decoded: the next step of a claim consumes what the last one produced. */
    private static final int RECENT = 512;

    private final ConcurrentMap<SecureHash, Stored> transactions = new ConcurrentHashMap<>();
    private final OffHeapBytes bytes = new OffHeapBytes();
    private final Map<SecureHash, SignedTransaction> recent = LeastRecentlyUsed.map(RECENT);
    /** Every id in the order recorded. */
    private final List<SecureHash> recorded = new ArrayList<>();

    @Override
    public boolean add(SignedTransaction transaction) {
        SecureHash id = transaction.getId();
        if (transactions.containsKey(id)) {
            return false;
        }
        boolean added = transactions.putIfAbsent(id,
                new Stored(bytes.put(transaction.getTxBits().getBytes()), List.copyOf(transaction.getSigs()))) == null;
        if (added) {
            synchronized (recorded) {
                recorded.add(id);
            }
            synchronized (recent) {
                recent.put(transaction.getId(), transaction);
            }
        }
        return added;
    }

    @Override
    public List<SecureHash> latest(int count) {
        synchronized (recorded) {
            return List.copyOf(recorded.subList(Math.max(0, recorded.size() - count), recorded.size()));
        }
    }

    @Override
    public Optional<SignedTransaction> find(SecureHash id) {
        synchronized (recent) {
            SignedTransaction decoded = recent.get(id);
            if (decoded != null) {
                return Optional.of(decoded);
            }
        }
        Stored stored = transactions.get(id);
        return stored == null ? Optional.empty()
                : Optional.of(new SignedTransaction(new SerializedBytes<>(bytes.get(stored.bits)), stored.signatures));
    }

    @Override
    public boolean contains(SecureHash id) {
        return transactions.containsKey(id);
    }

    @Override
    public long count() {
        return transactions.size();
    }

    private static final class Stored {
        final OffHeapBytes.Slot bits;
        final List<TransactionSignature> signatures;

        Stored(OffHeapBytes.Slot bits, List<TransactionSignature> signatures) {
            this.bits = bits;
            this.signatures = signatures;
        }
    }
}
