package net.claimsnet.ledger.transactions;

import net.corda.core.crypto.Crypto;

import java.security.PublicKey;
import java.security.SignatureException;

/**
 * Checks a node's signature over a statement that is not a transaction (a notarisation request): an
 * Ed25519 key through BouncyCastle with its decoded point cached, as transaction signatures are
 * checked; any other scheme through Corda's {@link Crypto}.
 */
public final class ContentSignatures {

    private ContentSignatures() {
    }

    public static boolean isValid(PublicKey key, byte[] signature, byte[] content) {
        if (Ed25519Keys.publicKey(key) != null) {
            return Ed25519Signatures.verifyContent(key, signature, content);
        }
        try {
            return Crypto.isValid(key, signature, content);
        } catch (SignatureException | RuntimeException e) {
            return false;
        }
    }
}
