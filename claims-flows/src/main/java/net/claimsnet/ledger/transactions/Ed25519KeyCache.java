package net.claimsnet.ledger.transactions;

import java.nio.ByteBuffer;
import java.util.Map;
import net.claimsnet.ledger.LeastRecentlyUsed;

/**
 * The public keys worth precomputed verification tables: those met at least twice (a key seen once,
 * such as any key a stranger puts in a signature, is checked the ordinary way, so it cannot make a
 * node build tables at will). Bounded on both counts; a network has a handful of keys.
 */
final class Ed25519KeyCache {

    private static final int KEYS = 64;
    private static final int SIGHTINGS = 1024;

    private final Map<ByteBuffer, Ed25519KeyTables> tables = LeastRecentlyUsed.map(KEYS);
    private final Map<ByteBuffer, Boolean> seenOnce = LeastRecentlyUsed.map(SIGHTINGS);

    /** The tables for this key, built on its second sighting; null while it has none (or the key is malformed). */
    Ed25519KeyTables tablesFor(byte[] publicKey) {
        ByteBuffer key = ByteBuffer.wrap(publicKey.clone());
        synchronized (this) {
            Ed25519KeyTables known = tables.get(key);
            if (known != null) {
                return known;
            }
            if (seenOnce.remove(key) == null) {
                seenOnce.put(key, Boolean.TRUE);
                return null;
            }
        }
        Ed25519KeyTables built = Ed25519KeyTables.of(publicKey);
        if (built != null) {
            synchronized (this) {
                tables.put(key, built);
            }
        }
        return built;
    }
}
