package net.claimsnet.flows.finality;

import net.corda.core.crypto.SecureHash;
import net.corda.core.serialization.CordaSerializable;

/** A receiver verified and recorded the finished transaction. */
@CordaSerializable
public final class FinalityAck {

    private final SecureHash transactionId;

    public FinalityAck(SecureHash transactionId) {
        this.transactionId = transactionId;
    }

    public SecureHash getTransactionId() {
        return transactionId;
    }
}
