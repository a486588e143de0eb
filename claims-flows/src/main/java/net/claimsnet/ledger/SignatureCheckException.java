package net.claimsnet.ledger;

import net.corda.core.crypto.SecureHash;

/** A signature is missing, made by the wrong key, or does not match the transaction. */
public class SignatureCheckException extends LedgerException {
    public SignatureCheckException(SecureHash transactionId, String reason, Throwable cause) {
        super(transactionId, reason, cause);
    }
}
