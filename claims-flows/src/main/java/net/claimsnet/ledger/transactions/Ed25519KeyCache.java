package net.claimsnet.ledger.transactions;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import net.claimsnet.ledger.LeastRecentlyUsed;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * Public keys decoded once into BouncyCastle's {@link Ed25519.PublicPoint}: decoding (a square root
 * in the field) is about a fifth of a verification, and a network has a handful of keys that each
 * check thousands of signatures. A key BouncyCastle cannot decode is remembered as such, so every
 * signature by it fails without decoding it again. Bounded: only keys the verifier already found to
 * be required signers reach it, but a least-recently-used map keeps any stream of keys from growing it.
 */
final class Ed25519KeyCache {

    private static final int KEYS = 256;

    private final Map<ByteBuffer, Optional<Ed25519.PublicPoint>> points = LeastRecentlyUsed.map(KEYS);

    /** The decoded key, or null when it is not a point BouncyCastle's verification accepts. */
    Ed25519.PublicPoint pointFor(byte[] publicKey) {
        ByteBuffer key = ByteBuffer.wrap(publicKey.clone());
        synchronized (this) {
            Optional<Ed25519.PublicPoint> known = points.get(key);
            if (known != null) {
                return known.orElse(null);
            }
        }
        // The same check BouncyCastle's verify(byte[] publicKey, ...) makes on every call.
        Optional<Ed25519.PublicPoint> decoded = publicKey.length == Ed25519.PUBLIC_KEY_SIZE
                ? Optional.ofNullable(Ed25519.validatePublicKeyPartialExport(publicKey, 0))
                : Optional.empty();
        synchronized (this) {
            points.put(key, decoded);
        }
        return decoded.orElse(null);
    }
}
