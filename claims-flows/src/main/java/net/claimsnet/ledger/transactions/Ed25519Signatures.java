package net.claimsnet.ledger.transactions;

import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.SignatureMetadata;
import net.corda.core.crypto.TransactionSignature;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.security.KeyPair;
import java.security.PublicKey;

/**
 * Ed25519 transaction signatures computed with BouncyCastle's implementation instead of the i2p
 * one Corda's {@code Crypto} uses: the same deterministic algorithm over the same bytes (the
 * serialized {@code SignableData}), so the signatures are identical and any Corda node accepts
 * them, at twice the signing speed. Verification is BouncyCastle's too (a maintained library, 1.78 or
 * later: 1.70's verification could loop forever on a crafted signature, CVE-2024-30172), with each
 * key decoded once ({@link Ed25519KeyCache}). Keys are read from their encodings ({@link Ed25519Keys}),
 * whichever provider's class holds them.
 */
final class Ed25519Signatures {

    private static final int ED25519_SCHEME = Crypto.EDDSA_ED25519_SHA512.getSchemeNumberID();
    private static final Ed25519KeyCache KEYS = new Ed25519KeyCache();

    private Ed25519Signatures() {
    }

    static boolean canSign(KeyPair keyPair) {
        return Ed25519Keys.isEd25519(keyPair);
    }

    /** True when this signature is a plain (not batch, not composite) Ed25519 signature. */
    static boolean canVerify(TransactionSignature signature) {
        return signature.getPartialMerkleTree() == null
                && signature.getSignatureMetadata().getSchemeNumberID() == ED25519_SCHEME
                && signature.getBytes().length == Ed25519.SIGNATURE_SIZE
                && Ed25519Keys.publicKey(signature.getBy()) != null;
    }

    static TransactionSignature sign(KeyPair keyPair, SecureHash transactionId, SignatureMetadata metadata) {
        byte[] seed = Ed25519Keys.seed(keyPair.getPrivate());
        byte[] publicKey = Ed25519Keys.publicKey(keyPair.getPublic());
        byte[] message = signableBytes(transactionId, metadata);
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, publicKey, 0, message, 0, message.length, signature, 0);
        return new TransactionSignature(signature, keyPair.getPublic(), metadata);
    }

    /** A plain Ed25519 signature over any bytes (a statement of the node's that is not a transaction). */
    static byte[] signContent(KeyPair keyPair, byte[] content) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(Ed25519Keys.seed(keyPair.getPrivate()), 0, Ed25519Keys.publicKey(keyPair.getPublic()), 0,
                content, 0, content.length, signature, 0);
        return signature;
    }

    /** Whether an Ed25519 key signed these bytes; false for a key that is not Ed25519 or a signature of another size. */
    static boolean verifyContent(PublicKey key, byte[] signature, byte[] content) {
        byte[] publicKey = Ed25519Keys.publicKey(key);
        if (publicKey == null || signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        Ed25519.PublicPoint point = KEYS.pointFor(publicKey);
        return point != null && Ed25519.verify(signature, 0, point, content, 0, content.length);
    }

    static boolean verify(TransactionSignature signature, SecureHash transactionId) {
        byte[] publicKey = Ed25519Keys.publicKey(signature.getBy());
        byte[] message = signableBytes(transactionId, signature.getSignatureMetadata());
        Ed25519.PublicPoint key = KEYS.pointFor(publicKey);
        return key != null && Ed25519.verify(signature.getBytes(), 0, key, message, 0, message.length);
    }

    private static byte[] signableBytes(SecureHash transactionId, SignatureMetadata metadata) {
        return SignableBytes.of(transactionId, metadata);
    }
}
