package net.claimsnet.node.bootstrap;

import net.claimsnet.storage.jpa.ColumnKeyRing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;

/**
 * What {@code ./network rotate-keys} does to a node's key store, the operator's copy under the state
 * directory ({@code keys/<node>.p12}, password in {@code secrets/<node>.keystore-password}); the script
 * then copies the store into the node's domain and updates its password alias.
 * <ul>
 *   <li>{@link #rotateColumnKeys}: a new generation of column keys, current from the node's next start;</li>
 *   <li>{@link #retireOlderColumnKeys}: the older generations removed, once the node reports that its
 *       re-encryption pass left none of their values;</li>
 *   <li>{@link #changeStorePassword}: every entry of the store encrypted again under a new password.</li>
 * </ul>
 * The ledger identity (the Ed25519 key the network map and every state name) is never rotated: as in
 * Corda 4, the states on the ledger refer to it.
 */
public final class NodeKeyRotation {

    private final NetworkFiles files;

    public NodeKeyRotation(NetworkFiles files) {
        this.files = Objects.requireNonNull(files, "files");
    }

    public ColumnKeyRing columnKeys(String nodeId) {
        return files.loadColumnKeyRing(nodeId);
    }

    public ColumnKeyRing rotateColumnKeys(String nodeId) {
        return files.withKeystore(nodeId, ColumnKeyEntries::addGeneration);
    }

    /**
     * @param lookupToo also the older lookup keys: only when no filing reservation hashed with them is
     *                  wanted any more (their hashes cannot be made again; see docs/operations.md)
     */
    public ColumnKeyRing retireOlderColumnKeys(String nodeId, boolean lookupToo) {
        return files.withKeystore(nodeId, (keystore, password) -> ColumnKeyEntries.retireOlder(keystore, password, lookupToo));
    }

    /**
     * Re-encrypts node {@code nodeId}'s key store under a new random password. The new password is
     * written first beside the old one ({@code <password file>.new}), then the store replaced in one
     * step, then the password file: interrupted in between, the {@code .new} file holds the password
     * the store has.
     */
    public void changeStorePassword(String nodeId) {
        Path keystore = files.keystore(nodeId);
        Path passwordFile = files.keystorePassword(nodeId);
        Path pending = passwordFile.resolveSibling(passwordFile.getFileName() + ".new");
        char[] newPassword = OwnerOnlyFiles.newPassword();
        try {
            files.withKeystore(nodeId, (path, oldPassword) -> {
                KeyStore rewritten = withPassword(path, oldPassword, newPassword);
                OwnerOnlyFiles.writeSecret(pending, newPassword);
                try {
                    ColumnKeyEntries.writeOwnerOnly(rewritten, path, newPassword);
                } catch (IOException | GeneralSecurityException e) {
                    throw new BootstrapException("Cannot write the key store " + path + " again: " + e.getMessage(), e);
                }
                return null;
            });
            Files.move(pending, passwordFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BootstrapException("The key store " + keystore + " has its new password in " + pending
                    + " but it could not be moved to " + passwordFile + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(newPassword, '\0');
        }
    }

    /** A copy of the store whose entries and integrity are all under the new password. */
    static KeyStore withPassword(Path keystore, char[] oldPassword, char[] newPassword) {
        try {
            KeyStore old = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                old.load(in, oldPassword);
            }
            KeyStore rewritten = KeyStore.getInstance("PKCS12");
            rewritten.load(null, newPassword);
            KeyStore.PasswordProtection oldProtection = new KeyStore.PasswordProtection(oldPassword);
            KeyStore.PasswordProtection newProtection = new KeyStore.PasswordProtection(newPassword);
            for (String alias : Collections.list(old.aliases())) {
                if (old.isCertificateEntry(alias)) {
                    rewritten.setCertificateEntry(alias, old.getCertificate(alias));
                } else {
                    rewritten.setEntry(alias, old.getEntry(alias, oldProtection), newProtection);
                }
            }
            return rewritten;
        } catch (IOException | GeneralSecurityException e) {
            throw new BootstrapException("Cannot open the key store " + keystore + " to change its password: " + e.getMessage(), e);
        }
    }
}
