package net.claimsnet.ledger;

import net.corda.core.crypto.SecureHash;

/** A transaction refers to a state, attachment or network parameters this node does not hold. */
public class MissingDependencyException extends LedgerException {

    private final SecureHash missing;

    public MissingDependencyException(SecureHash transactionId, SecureHash missing, String what, Throwable cause) {
        super(transactionId, "it depends on " + what + " " + missing + ", which this node does not hold", cause);
        this.missing = missing;
    }

    public SecureHash getMissing() {
        return missing;
    }
}
