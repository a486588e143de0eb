package net.claimsnet.node.bootstrap;

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

/**
 * A node's column keys ({@link ColumnKeys}) as two secret-key entries of its PKCS12 key store
 * ({@code .network/keys/<node>.p12}, beside its Ed25519 identity, same password): kept where the
 * node's other secret already is, under the same owner-only file and password. A store made before
 * the node encrypted its columns lacks them: {@link #loadOrAdd} adds them, so an existing network
 * keeps working after {@code ./network up} (the bootstrap adds them, or the node as it starts).
 */
final class ColumnKeyEntries {

    static final String DATA_KEY_ALIAS = "column-data";
    static final String LOOKUP_KEY_ALIAS = "column-lookup";

    /** The keys, and whether they were added to the store just now. */
    record Loaded(ColumnKeys keys, boolean added) {
    }

    private ColumnKeyEntries() {
    }

    static Loaded loadOrAdd(Path keystore, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, password);
            }
            Key data = store.getKey(DATA_KEY_ALIAS, password);
            Key lookup = store.getKey(LOOKUP_KEY_ALIAS, password);
            if (data != null && lookup != null) {
                return new Loaded(new ColumnKeys(asSecret(data, ColumnKeys.DATA_KEY_ALGORITHM),
                        asSecret(lookup, ColumnKeys.LOOKUP_KEY_ALGORITHM)), false);
            }
            if (data != null || lookup != null) {
                // Half a pair means someone edited the store: making the missing half would orphan data.
                throw new BootstrapException("The keystore " + keystore + " holds only one of its column keys ("
                        + DATA_KEY_ALIAS + ", " + LOOKUP_KEY_ALIAS + "); restore the store from its backup");
            }
            ColumnKeys keys = ColumnKeys.generate();
            KeyStore.ProtectionParameter protection = new KeyStore.PasswordProtection(password);
            store.setEntry(DATA_KEY_ALIAS, new KeyStore.SecretKeyEntry(keys.dataKey()), protection);
            store.setEntry(LOOKUP_KEY_ALIAS, new KeyStore.SecretKeyEntry(keys.lookupKey()), protection);
            writeOwnerOnly(store, keystore, password);
            return new Loaded(keys, true);
        } catch (IOException | GeneralSecurityException e) {
            throw new BootstrapException("Cannot read or add the column keys of the keystore " + keystore
                    + " (wrong password or damaged file): " + e.getMessage(), e);
        }
    }

    /** PKCS12 gives secret keys back under its own algorithm names: rebuilt under the JDK's names. */
    private static SecretKey asSecret(Key key, String algorithm) {
        return new SecretKeySpec(key.getEncoded(), algorithm);
    }

    /** Written beside it and moved over it in one step: a crash leaves the old store or the new, never half. */
    private static void writeOwnerOnly(KeyStore store, Path keystore, char[] password)
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
