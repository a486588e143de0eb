package net.claimsnet.ledger.storage;

import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.serialization.SerializedBytes;
import net.corda.core.transactions.CoreTransaction;
import net.corda.core.transactions.SignedTransaction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Transactions in memory, for tests and the in-JVM network, in their serialized form (the
 * transaction's bytes and its signatures), as a database would hold them: a deserialized transaction keeps every component it ever decoded
 * (about three times its size), which for the thousands a benchmark records is most of the heap.
 * The most recently recorded stay decoded; for the others each {@link #find} hands out a fresh
 * transaction that decodes only what its caller reads.
 */
public final class InMemoryTransactionStore implements TransactionStore {

    /** Recently recorded transactions stay decoded: the next step of a claim consumes what the last one produced. */
    private static final int RECENT = 512;

    private final ConcurrentMap<SecureHash, Stored> transactions = new ConcurrentHashMap<>();
    private final Map<SecureHash, SignedTransaction> recent = new LinkedHashMap<>(RECENT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SecureHash, SignedTransaction> eldest) {
            return size() > RECENT;
        }
    };

    @Override
    public boolean add(SignedTransaction transaction) {
        boolean added = transactions.putIfAbsent(transaction.getId(),
                new Stored(transaction.getTxBits(), List.copyOf(transaction.getSigs()))) == null;
        if (added) {
            synchronized (recent) {
                recent.put(transaction.getId(), transaction);
            }
        }
        return added;
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
        return stored == null ? Optional.empty() : Optional.of(new SignedTransaction(stored.bits, stored.signatures));
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
        final SerializedBytes<CoreTransaction> bits;
        final List<TransactionSignature> signatures;

        Stored(SerializedBytes<CoreTransaction> bits, List<TransactionSignature> signatures) {
            this.bits = bits;
            this.signatures = signatures;
        }
    }
}
