package net.claimsnet.flows.transport.http;

import net.corda.core.crypto.Crypto;
import net.claimsnet.ledger.transactions.Ed25519Keys;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.security.KeyPair;
import java.security.PublicKey;
import java.security.SignatureException;

/**
 * Signatures over P2P message bytes with a node's ledger key (Ed25519, Corda's default scheme).
 * Ed25519 keys go through BouncyCastle, as the kernel's transaction signatures do (the same
 * deterministic algorithm, faster than Corda's i2p provider), read from their encodings whichever
 * class holds them ({@link Ed25519Keys}); any other key through Corda's Crypto.
 */
final class MessageSignatures {

    private MessageSignatures() {
    }

    static byte[] sign(KeyPair keyPair, byte[] message) {
        byte[] seed = Ed25519Keys.seed(keyPair.getPrivate());
        byte[] publicKey = Ed25519Keys.publicKey(keyPair.getPublic());
        if (seed != null && publicKey != null) {
            byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
            Ed25519.sign(seed, 0, publicKey, 0, message, 0, message.length, signature, 0);
            return signature;
        }
        try {
            return Crypto.doSign(keyPair.getPrivate(), message);
        } catch (java.security.InvalidKeyException | SignatureException | RuntimeException e) {
            throw new IllegalStateException("The node's key cannot sign P2P messages: " + e.getMessage(), e);
        }
    }

    static boolean verify(PublicKey key, byte[] signature, byte[] message, int length) {
        byte[] publicKey = Ed25519Keys.publicKey(key);
        if (publicKey != null) {
            return signature.length == Ed25519.SIGNATURE_SIZE
                    && Ed25519.verify(signature, 0, publicKey, 0, message, 0, length);
        }
        byte[] signed = length == message.length ? message : java.util.Arrays.copyOf(message, length);
        try {
            return Crypto.isValid(key, signature, signed);
        } catch (SignatureException | RuntimeException e) {
            return false;
        }
    }
}
