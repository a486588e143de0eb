package net.claimsnet.storage.jpa;

import javax.crypto.SecretKey;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A node's column keys across rotations: numbered generations, the newest of which ({@link #current()})
 * encrypts and hashes everything written from now on, while the older ones are kept only to read what
 * was written before the rotation until the re-encryption pass has rewritten it. A generation's number
 * travels with every value it protects (the format byte of {@link AesGcmColumnEncryption}, the
 * {@code k<n>:} prefix of {@link LookupKeyHash}), so a value always names the key that opens it.
 *
 * <p>A generation's data key and lookup key may be retired apart: an old data key goes once no value of
 * its generation is left; an old lookup key may have to stay longer, because a look-up hash cannot be
 * made again without the identifier it hides (see docs/security.md, "Rotating the column keys").
 */
public final class ColumnKeyRing {

    /** The generation of the keys a node made before rotation existed (format byte 0xE1, prefix k1:). */
    public static final int FIRST_GENERATION = 1;
    /** The format byte keeps four bits for the generation (0xE1..0xEF). */
    public static final int LAST_GENERATION = 15;

    private final int current;
    private final NavigableMap<Integer, SecretKey> dataKeys;
    private final NavigableMap<Integer, SecretKey> lookupKeys;

    /**
     * @param dataKeys   the AES keys by generation; the newest is the current one
     * @param lookupKeys the HMAC keys by generation; must hold the current generation's
     */
    public ColumnKeyRing(Map<Integer, SecretKey> dataKeys, Map<Integer, SecretKey> lookupKeys) {
        this.dataKeys = Collections.unmodifiableNavigableMap(new TreeMap<>(Objects.requireNonNull(dataKeys, "dataKeys")));
        this.lookupKeys = Collections.unmodifiableNavigableMap(new TreeMap<>(Objects.requireNonNull(lookupKeys, "lookupKeys")));
        if (this.dataKeys.isEmpty()) {
            throw new IllegalArgumentException("A column key ring needs at least one data key");
        }
        this.current = this.dataKeys.lastKey();
        for (int generation : this.dataKeys.keySet()) {
            checkGeneration(generation);
            byte[] encoded = this.dataKeys.get(generation).getEncoded();
            if (encoded == null || encoded.length != ColumnKeys.KEY_BITS / 8) {
                throw new IllegalArgumentException("The column data key of generation " + generation
                        + " must be a " + ColumnKeys.KEY_BITS + "-bit AES key");
            }
        }
        this.lookupKeys.keySet().forEach(ColumnKeyRing::checkGeneration);
        if (!this.lookupKeys.containsKey(current)) {
            throw new IllegalArgumentException("The current column key generation " + current + " has no lookup key");
        }
        if (this.lookupKeys.lastKey() != current) {
            throw new IllegalArgumentException("A lookup key of generation " + this.lookupKeys.lastKey()
                    + " is newer than the newest data key (" + current + ")");
        }
    }

    /** One generation: the keys of a node that has never rotated them. */
    public static ColumnKeyRing of(ColumnKeys keys) {
        return new ColumnKeyRing(Map.of(FIRST_GENERATION, keys.dataKey()), Map.of(FIRST_GENERATION, keys.lookupKey()));
    }

    /** This ring with {@code next} as a new current generation; the present ones stay to read older values. */
    public ColumnKeyRing withNextGeneration(ColumnKeys next) {
        if (current == LAST_GENERATION) {
            throw new IllegalStateException("The column keys were rotated " + (LAST_GENERATION - 1)
                    + " times; the format has no room for another generation");
        }
        TreeMap<Integer, SecretKey> data = new TreeMap<>(dataKeys);
        TreeMap<Integer, SecretKey> lookup = new TreeMap<>(lookupKeys);
        data.put(current + 1, next.dataKey());
        lookup.put(current + 1, next.lookupKey());
        return new ColumnKeyRing(data, lookup);
    }

    /** The generation new values are written with. */
    public int current() {
        return current;
    }

    public ColumnKeys currentKeys() {
        return new ColumnKeys(dataKeys.get(current), lookupKeys.get(current));
    }

    public Optional<SecretKey> dataKey(int generation) {
        return Optional.ofNullable(dataKeys.get(generation));
    }

    public Optional<SecretKey> lookupKey(int generation) {
        return Optional.ofNullable(lookupKeys.get(generation));
    }

    /** The generations whose data keys are held, oldest first. */
    public NavigableSet<Integer> dataGenerations() {
        return dataKeys.navigableKeySet();
    }

    /** The generations whose lookup keys are held, oldest first. */
    public NavigableSet<Integer> lookupGenerations() {
        return lookupKeys.navigableKeySet();
    }

    private static void checkGeneration(int generation) {
        if (generation < FIRST_GENERATION || generation > LAST_GENERATION) {
            throw new IllegalArgumentException("A column key generation is between " + FIRST_GENERATION + " and "
                    + LAST_GENERATION + ", not " + generation);
        }
    }

    /** Never the keys themselves. */
    @Override
    public String toString() {
        return "ColumnKeyRing[current=" + current + ", data=" + dataKeys.keySet() + ", lookup=" + lookupKeys.keySet() + "]";
    }
}
