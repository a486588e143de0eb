package net.claimsnet.ledger.transactions;

import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;

/**
 * Whether a transaction signature holds, the one way every check in the node takes: an Ed25519 signature
 * through BouncyCastle with its key's point cached ({@link Ed25519Signatures}), anything else through Corda.
 * Corda's own {@code TransactionSignature.isValid} takes i2p's Ed25519 inside Payara (the server's copy of
 * i2p's key classes is not the application's, so Corda never sees an Ed25519 key it knows): a tear-off
 * checked that way cost the auditor 8% of its CPU under {@code ./bench network}.
 */
public final class TransactionSignatures {

    private TransactionSignatures() {
    }

    /** True when the signature is its key's valid signature of the id; a malformed one is simply not valid. */
    public static boolean isValid(TransactionSignature signature, SecureHash id) {
        if (Ed25519Signatures.canVerify(signature)) {
            return Ed25519Signatures.verify(signature, id);
        }
        try {
            return signature.verify(id);
        } catch (java.security.GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
