package net.claimsnet.ledger.transactions;

import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

import java.io.IOException;
import java.security.Key;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;

/**
 * The raw bytes of an Ed25519 key, whichever provider's class holds it, read from the key's
 * standard encoding (X.509 SubjectPublicKeyInfo, PKCS#8) by BouncyCastle's ASN.1 classes.
 *
 * <p>Why not {@code instanceof net.i2p.crypto.eddsa.EdDSAPublicKey}: inside Payara the application
 * sees i2p's key classes from one of Payara's OSGi bundles while Corda, on the server's class path,
 * makes its keys from another copy of the same classes. The check was false for every key there, and
 * every signature fell back to Corda's i2p provider, about four times slower than BouncyCastle (13%
 * of the insurer's CPU under {@code ./bench network}, docs/performance.md). Encodings do not depend
 * on class loaders.
 */
public final class Ed25519Keys {

    private Ed25519Keys() {
    }

    /** The 32-byte public key, or null when the key is not an Ed25519 key. */
    public static byte[] publicKey(PublicKey key) {
        if (!isEncodedAs(key, "X.509")) {
            return null;
        }
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
            if (!EdECObjectIdentifiers.id_Ed25519.equals(info.getAlgorithm().getAlgorithm())) {
                return null;
            }
            byte[] raw = info.getPublicKeyData().getOctets();
            return raw.length == Ed25519.PUBLIC_KEY_SIZE ? raw : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The 32-byte private key (RFC 8032's seed), or null when the key is not an Ed25519 key. */
    public static byte[] seed(PrivateKey key) {
        if (!isEncodedAs(key, "PKCS#8")) {
            return null;
        }
        try {
            PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.getEncoded());
            if (!EdECObjectIdentifiers.id_Ed25519.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
                return null;
            }
            byte[] raw = ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
            return raw.length == Ed25519.SECRET_KEY_SIZE ? raw : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Whether both halves of the pair are Ed25519 keys. */
    public static boolean isEd25519(KeyPair keyPair) {
        return publicKey(keyPair.getPublic()) != null && seed(keyPair.getPrivate()) != null;
    }

    private static boolean isEncodedAs(Key key, String format) {
        return key != null && format.equals(key.getFormat()) && key.getEncoded() != null;
    }
}
