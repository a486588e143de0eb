package net.claimsnet.storage.jpa;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the vault stores in place of a look-up identifier (a member id, a claim id, a provider): its
 * HMAC-SHA256 under the node's lookup key, so that equal identifiers still give equal column values
 * (an indexed equality look-up works) while the column names no one. An unkeyed hash would not do:
 * member and claim ids are short and guessable, and anyone with the table could hash every candidate.
 *
 * <p>The value is {@code k<generation>:} and the MAC in unpadded base64url (46 or 47 characters, within
 * the column's 64). The prefix names the generation of the lookup key ({@link ColumnKeyRing}): new
 * values are made with the current one; {@link #hashes} gives an identifier's value under every
 * generation held, so that a look-up still finds rows hashed before a rotation until they are hashed
 * again. Values without such a prefix were made before (plain SHA-256 in hex) and are indexed again at
 * start-up.
 */
public final class LookupKeyHash {

    /** Marks a value made with the first generation's key. */
    public static final String PREFIX = prefix(ColumnKeyRing.FIRST_GENERATION);

    private final int current;
    /** One Mac per generation and thread: a Mac is not thread-safe and costs a key schedule to make. Newest first. */
    private final Map<Integer, ThreadLocal<Mac>> macs = new TreeMap<>((a, b) -> Integer.compare(b, a));

    private LookupKeyHash(ColumnKeyRing keys) {
        Objects.requireNonNull(keys, "keys");
        this.current = keys.current();
        for (int generation : keys.lookupGenerations()) {
            SecretKey key = keys.lookupKey(generation).orElseThrow();
            macs.put(generation, ThreadLocal.withInitial(() -> {
                try {
                    Mac mac = Mac.getInstance(ColumnKeys.LOOKUP_KEY_ALGORITHM);
                    mac.init(key);
                    return mac;
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("HmacSHA256 cannot be used with the node's lookup key", e);
                }
            }));
        }
    }

    public static LookupKeyHash with(ColumnKeys keys) {
        return with(ColumnKeyRing.of(keys));
    }

    public static LookupKeyHash with(ColumnKeyRing keys) {
        return new LookupKeyHash(keys);
    }

    /** The stored form of an identifier, with the current key. */
    public String hash(String identifier) {
        return hash(current, identifier);
    }

    /**
     * The stored forms of an identifier under every lookup key held, the current one first: what a
     * look-up matches while rows hashed with an older key are still waiting to be hashed again.
     */
    public List<String> hashes(String identifier) {
        List<String> all = new ArrayList<>(macs.size());
        for (int generation : macs.keySet()) {
            all.add(hash(generation, identifier));
        }
        return all;
    }

    /** The prefix of the values made with the current key ({@code k2:} after one rotation). */
    public String currentPrefix() {
        return prefix(current);
    }

    /** Whether a stored value was made with the current key. */
    public boolean isOfCurrentKey(String stored) {
        return stored != null && stored.startsWith(currentPrefix());
    }

    /** Whether a stored value was made by this class with any key (and not as plain SHA-256 before). */
    public static boolean isKeyed(String stored) {
        return stored != null && stored.matches("k[0-9]{1,2}:.*");
    }

    static String prefix(int generation) {
        return "k" + generation + ":";
    }

    private String hash(int generation, String identifier) {
        byte[] tag = macs.get(generation).get().doFinal(identifier.getBytes(StandardCharsets.UTF_8));
        return prefix(generation) + Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    }
}
