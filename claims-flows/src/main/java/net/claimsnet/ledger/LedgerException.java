package net.claimsnet.ledger;

import net.corda.core.crypto.SecureHash;

/**
 * A transaction the ledger will not accept, or a ledger service that cannot do what was asked.
 * The message always names the transaction (when there is one) and says why.
 */
public class LedgerException extends RuntimeException {

    private final SecureHash transactionId;

    public LedgerException(SecureHash transactionId, String reason) {
        this(transactionId, reason, null);
    }

    public LedgerException(SecureHash transactionId, String reason, Throwable cause) {
        super(describe(transactionId, reason), cause);
        this.transactionId = transactionId;
    }

    /** The transaction concerned, or null when the failure concerns no single transaction. */
    public SecureHash getTransactionId() {
        return transactionId;
    }

    private static String describe(SecureHash transactionId, String reason) {
        return transactionId == null ? reason : "Transaction " + transactionId + ": " + reason;
    }
}
