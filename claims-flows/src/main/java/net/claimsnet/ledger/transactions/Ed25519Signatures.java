package net.claimsnet.ledger.transactions;

import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.SignatureMetadata;
import net.corda.core.crypto.TransactionSignature;
import net.i2p.crypto.eddsa.EdDSAPrivateKey;
import net.i2p.crypto.eddsa.EdDSAPublicKey;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.security.KeyPair;

/**
 * Ed25519 transaction signatures computed with BouncyCastle's implementation instead of the i2p
 * one Corda's {@code Crypto} uses: the same deterministic algorithm over the same bytes (the
 * serialized {@code SignableData}), so the signatures are identical and any Corda node accepts
 * them, at twice the signing speed. Verification is BouncyCastle's too (a maintained library, 1.78 or
 * later: 1.70's verification could loop forever on a crafted signature, CVE-2024-30172), with each
 * key decoded once ({@link Ed25519KeyCache}).
 */
final class Ed25519Signatures {

    private static final int ED25519_SCHEME = Crypto.EDDSA_ED25519_SHA512.getSchemeNumberID();
    private static final Ed25519KeyCache KEYS = new Ed25519KeyCache();

    private Ed25519Signatures() {
    }

    static boolean canSign(KeyPair keyPair) {
        return keyPair.getPrivate() instanceof EdDSAPrivateKey && keyPair.getPublic() instanceof EdDSAPublicKey;
    }

    /** True when this signature is a plain (not batch, not composite) Ed25519 signature. */
    static boolean canVerify(TransactionSignature signature) {
        return signature.getBy() instanceof EdDSAPublicKey && signature.getPartialMerkleTree() == null
                && signature.getSignatureMetadata().getSchemeNumberID() == ED25519_SCHEME
                && signature.getBytes().length == Ed25519.SIGNATURE_SIZE;
    }

    static TransactionSignature sign(KeyPair keyPair, SecureHash transactionId, SignatureMetadata metadata) {
        EdDSAPrivateKey privateKey = (EdDSAPrivateKey) keyPair.getPrivate();
        byte[] publicKey = ((EdDSAPublicKey) keyPair.getPublic()).getAbyte();
        byte[] message = signableBytes(transactionId, metadata);
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(privateKey.getSeed(), 0, publicKey, 0, message, 0, message.length, signature, 0);
        return new TransactionSignature(signature, keyPair.getPublic(), metadata);
    }

    static boolean verify(TransactionSignature signature, SecureHash transactionId) {
        byte[] publicKey = ((EdDSAPublicKey) signature.getBy()).getAbyte();
        byte[] message = signableBytes(transactionId, signature.getSignatureMetadata());
        Ed25519.PublicPoint key = KEYS.pointFor(publicKey);
        return key != null && Ed25519.verify(signature.getBytes(), 0, key, message, 0, message.length);
    }

    private static byte[] signableBytes(SecureHash transactionId, SignatureMetadata metadata) {
        return SignableBytes.of(transactionId, metadata);
    }
}
