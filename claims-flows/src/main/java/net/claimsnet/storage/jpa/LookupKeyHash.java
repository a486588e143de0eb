package net.claimsnet.storage.jpa;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Objects;

/**
 * What the vault stores in place of a look-up identifier (a member id, a claim id, a provider): its
 * HMAC-SHA256 under the node's lookup key, so that equal identifiers still give equal column values
 * (an indexed equality look-up works) while the column names no one. An unkeyed hash would not do:
 * member and claim ids are short and guessable, and anyone with the table could hash every candidate.
 *
 * <p>The value is {@value #PREFIX} and the MAC in unpadded base64url (46 characters, within the
 * column's 64). The prefix tells the node's hashes from those written before (plain SHA-256 in hex),
 * which it indexes again at start-up, and leaves room for a key id when keys are rotated.
 */
public final class LookupKeyHash {

    /** Marks a value made by this class with the current key. */
    public static final String PREFIX = "k1:";

    private final ThreadLocal<Mac> macs;

    private LookupKeyHash(ColumnKeys keys) {
        Objects.requireNonNull(keys, "keys");
        // A Mac is not thread-safe and costs a key schedule to make: one per thread.
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance(ColumnKeys.LOOKUP_KEY_ALGORITHM);
                mac.init(keys.lookupKey());
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 cannot be used with the node's lookup key", e);
            }
        });
    }

    public static LookupKeyHash with(ColumnKeys keys) {
        return new LookupKeyHash(keys);
    }

    /** The stored form of an identifier. */
    public String hash(String identifier) {
        Mac mac = macs.get();
        byte[] tag = mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    }

    /** Whether a stored value was made by this class (and so can be found by {@link #hash}). */
    public static boolean isCurrent(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }
}
