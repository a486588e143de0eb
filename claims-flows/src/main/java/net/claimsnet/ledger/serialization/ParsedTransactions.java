package net.claimsnet.ledger.serialization;

import net.claimsnet.ledger.LeastRecentlyUsed;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.serialization.SerializedBytes;
import net.corda.core.transactions.CoreTransaction;
import net.corda.core.transactions.SignedTransaction;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * One node's memory of the transactions it decoded lately, by their exact serialized bytes. A
 * transaction reaches a node several times with the same bytes (a counterparty gets the proposal,
 * then the finished transaction with more signatures; a provider gets a member's coverage with
 * every claim), and each fresh {@link SignedTransaction} would decode the transaction again,
 * recompute its Merkle id and decode every component its checks read.
 *
 * <p>Only the decoding is reused: the transaction decoded from bytes equal to these, which is
 * what decoding these bytes gives again (AMQP decoding is deterministic). The signatures always
 * come from the message at hand and are checked by the verifier as before; bytes that differ by a
 * single bit are a different entry. Kept per node, never shared between nodes.
 */
public final class ParsedTransactions {

    private static final int DEFAULT_CAPACITY = 512;
    private static final Field CACHED_TRANSACTION = cachedTransactionField();

    private final Map<SerializedContent, SignedTransaction> decoded;

    public ParsedTransactions() {
        this(DEFAULT_CAPACITY);
    }

    public ParsedTransactions(int capacity) {
        this.decoded = LeastRecentlyUsed.map(capacity);
    }

    /**
     * The transaction these bytes and signatures make; when this node decoded the same bytes
     * before, it starts out with that decoded transaction (its id and components already known).
     */
    public SignedTransaction signedTransaction(byte[] bits, List<TransactionSignature> signatures) {
        // The message's own array, which nothing writes to once received.
        SerializedContent key = SerializedContent.of(bits);
        SignedTransaction transaction = new SignedTransaction(new SerializedBytes<>(bits), signatures);
        if (CACHED_TRANSACTION == null) {
            return transaction;
        }
        SignedTransaction earlier;
        synchronized (decoded) {
            earlier = decoded.get(key);
            if (earlier == null || decodedCore(earlier) == null) {
                // Remembered undecoded: whoever reads it first decodes it, for this message and the next.
                decoded.put(key, transaction);
                return transaction;
            }
        }
        CoreTransaction core = decodedCore(earlier);
        try {
            CACHED_TRANSACTION.set(transaction, core);
        } catch (IllegalAccessException e) {
            return transaction;
        }
        return transaction;
    }

    /** How many decodings are remembered (for tests). */
    public int size() {
        synchronized (decoded) {
            return decoded.size();
        }
    }

    private static CoreTransaction decodedCore(SignedTransaction transaction) {
        try {
            return (CoreTransaction) CACHED_TRANSACTION.get(transaction);
        } catch (IllegalAccessException e) {
            return null;
        }
    }

    /** Corda's lazily filled cache of the decoded transaction; absent in another Corda version, reuse is off. */
    private static Field cachedTransactionField() {
        try {
            Field field = SignedTransaction.class.getDeclaredField("cachedTransaction");
            if (!CoreTransaction.class.equals(field.getType())) {
                return null;
            }
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
