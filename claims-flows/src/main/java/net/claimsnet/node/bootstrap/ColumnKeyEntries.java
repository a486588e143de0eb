package net.claimsnet.node.bootstrap;

import net.claimsnet.storage.jpa.ColumnKeyRing;
import net.claimsnet.storage.jpa.ColumnKeys;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.Map;
import java.util.TreeMap;

/**
 * A node's column keys ({@link ColumnKeyRing}) as secret-key entries of its PKCS12 key store
 * ({@code .network/keys/<node>.p12}, beside its Ed25519 identity, same password): kept where the
 * node's other secret already is, under the same owner-only file and password. Generation 1 is
 * {@value #DATA_KEY_ALIAS} and {@value #LOOKUP_KEY_ALIAS} (the names before rotation existed); each later
 * generation n is {@code column-data-n} and {@code column-lookup-n}. A store made before the node
 * encrypted its columns lacks them: {@link #loadOrAdd} adds generation 1, so an existing network keeps
 * working after {@code ./network up} (the bootstrap adds them, or the node as it starts).
 * {@link #addGeneration} rotates, {@link #retireOlder} removes the keys the re-encryption pass made
 * unnecessary.
 */
final class ColumnKeyEntries {

    static final String DATA_KEY_ALIAS = "column-data";
    static final String LOOKUP_KEY_ALIAS = "column-lookup";

    /** The keys, and whether they were added to the store just now. */
    record Loaded(ColumnKeyRing ring, boolean added) {

        ColumnKeys keys() {
            return ring.currentKeys();
        }
    }

    private ColumnKeyEntries() {
    }

    static Loaded loadOrAdd(Path keystore, char[] password) {
        try {
            KeyStore store = open(keystore, password);
            Map<Integer, SecretKey> data = entries(store, password, DATA_KEY_ALIAS, ColumnKeys.DATA_KEY_ALGORITHM);
            Map<Integer, SecretKey> lookup = entries(store, password, LOOKUP_KEY_ALIAS, ColumnKeys.LOOKUP_KEY_ALGORITHM);
            if (!data.isEmpty() && !lookup.isEmpty()) {
                try {
                    return new Loaded(new ColumnKeyRing(data, lookup), false);
                } catch (IllegalArgumentException inconsistent) {
                    throw new BootstrapException("The column keys of the keystore " + keystore + " do not fit together ("
                            + inconsistent.getMessage() + "); restore the store from its backup", inconsistent);
                }
            }
            if (!data.isEmpty() || !lookup.isEmpty()) {
                // Half a pair means someone edited the store: making the missing half would orphan data.
                throw new BootstrapException("The keystore " + keystore + " holds only one of its column keys ("
                        + DATA_KEY_ALIAS + ", " + LOOKUP_KEY_ALIAS + "); restore the store from its backup");
            }
            ColumnKeys keys = ColumnKeys.generate();
            put(store, password, ColumnKeyRing.FIRST_GENERATION, keys);
            writeOwnerOnly(store, keystore, password);
            return new Loaded(ColumnKeyRing.of(keys), true);
        } catch (IOException | GeneralSecurityException e) {
            throw new BootstrapException("Cannot read or add the column keys of the keystore " + keystore
                    + " (wrong password or damaged file): " + e.getMessage(), e);
        }
    }

    /**
     * Rotation: a new generation of column keys, made current; the older ones stay so that what they
     * encrypted still reads until the re-encryption pass has rewritten it. Returns the new ring.
     */
    static ColumnKeyRing addGeneration(Path keystore, char[] password) {
        ColumnKeyRing present = loadOrAdd(keystore, password).ring();
        ColumnKeys next = ColumnKeys.generate();
        ColumnKeyRing rotated;
        try {
            rotated = present.withNextGeneration(next);
        } catch (IllegalStateException full) {
            throw new BootstrapException(full.getMessage(), full);
        }
        try {
            KeyStore store = open(keystore, password);
            put(store, password, rotated.current(), next);
            writeOwnerOnly(store, keystore, password);
            return rotated;
        } catch (IOException | GeneralSecurityException e) {
            throw new BootstrapException("Cannot add a column key generation to the keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes the data keys of every generation older than the current one and, with {@code lookupToo},
     * their lookup keys: only once the re-encryption pass has left no value (and no look-up hash) of
     * them, which the caller must have checked. Returns the ring left.
     */
    static ColumnKeyRing retireOlder(Path keystore, char[] password, boolean lookupToo) {
        ColumnKeyRing present = loadOrAdd(keystore, password).ring();
        try {
            KeyStore store = open(keystore, password);
            Map<Integer, SecretKey> data = new TreeMap<>();
            Map<Integer, SecretKey> lookup = new TreeMap<>();
            data.put(present.current(), present.dataKey(present.current()).orElseThrow());
            for (int generation : present.lookupGenerations()) {
                if (generation == present.current() || !lookupToo) {
                    lookup.put(generation, present.lookupKey(generation).orElseThrow());
                }
            }
            for (int generation : present.dataGenerations()) {
                if (generation != present.current()) {
                    store.deleteEntry(alias(DATA_KEY_ALIAS, generation));
                }
            }
            for (int generation : present.lookupGenerations()) {
                if (!lookup.containsKey(generation)) {
                    store.deleteEntry(alias(LOOKUP_KEY_ALIAS, generation));
                }
            }
            writeOwnerOnly(store, keystore, password);
            return new ColumnKeyRing(data, lookup);
        } catch (IOException | GeneralSecurityException e) {
            throw new BootstrapException("Cannot retire the older column keys of the keystore " + keystore + ": " + e.getMessage(), e);
        }
    }

    /** The entry name of a generation's key: the first keeps the name it had before rotation existed. */
    static String alias(String base, int generation) {
        return generation == ColumnKeyRing.FIRST_GENERATION ? base : base + "-" + generation;
    }

    private static KeyStore open(Path keystore, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        return store;
    }

    private static Map<Integer, SecretKey> entries(KeyStore store, char[] password, String base, String algorithm)
            throws GeneralSecurityException {
        Map<Integer, SecretKey> found = new TreeMap<>();
        for (int generation = ColumnKeyRing.FIRST_GENERATION; generation <= ColumnKeyRing.LAST_GENERATION; generation++) {
            Key key = store.getKey(alias(base, generation), password);
            if (key != null) {
                found.put(generation, asSecret(key, algorithm));
            }
        }
        return found;
    }

    private static void put(KeyStore store, char[] password, int generation, ColumnKeys keys) throws GeneralSecurityException {
        KeyStore.ProtectionParameter protection = new KeyStore.PasswordProtection(password);
        store.setEntry(alias(DATA_KEY_ALIAS, generation), new KeyStore.SecretKeyEntry(keys.dataKey()), protection);
        store.setEntry(alias(LOOKUP_KEY_ALIAS, generation), new KeyStore.SecretKeyEntry(keys.lookupKey()), protection);
    }

    /** PKCS12 gives secret keys back under its own algorithm names: rebuilt under the JDK's names. */
    private static SecretKey asSecret(Key key, String algorithm) {
        return new SecretKeySpec(key.getEncoded(), algorithm);
    }

    /** Written beside it and moved over it in one step: a crash leaves the old store or the new, never half. */
    static void writeOwnerOnly(KeyStore store, Path keystore, char[] password)
            throws IOException, GeneralSecurityException {
        Path parent = keystore.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(parent, "keystore", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, keystore, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
