package net.claimsnet.flows.access;

import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.serialization.CordaSerializable;

/**
 * The auditor asks an insurer for what its grants open whole: one transaction it received torn off,
 * or every claim a grant it was just issued opens (the claims from before the grant).
 */
@CordaSerializable
public final class DisclosureRequest {

    private final SecureHash transactionId;
    private final UniqueIdentifier grantId;

    public DisclosureRequest(SecureHash transactionId, UniqueIdentifier grantId) {
        this.transactionId = transactionId;
        this.grantId = grantId;
    }

    public static DisclosureRequest ofTransaction(SecureHash transactionId) {
        return new DisclosureRequest(transactionId, null);
    }

    public static DisclosureRequest underGrant(UniqueIdentifier grantId) {
        return new DisclosureRequest(null, grantId);
    }

    /** The transaction asked for, or null when the request is for a grant's claims. */
    public SecureHash getTransactionId() { return transactionId; }

    /** The grant whose claims are asked for, or null when the request is for one transaction. */
    public UniqueIdentifier getGrantId() { return grantId; }

    @Override
    public String toString() {
        return transactionId != null ? "transaction " + transactionId : "the claims of grant " + grantId;
    }
}
