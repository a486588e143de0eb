package net.claimsnet.node.bootstrap;

import net.claimsnet.node.config.ConfigFiles;
import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.ColumnKeyRing;
import net.claimsnet.storage.jpa.StorageException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeKeyRotationTest {

    @TempDir
    Path dir;

    private NetworkFiles files;
    private NodeKeyRotation rotation;

    @BeforeEach
    void bootstrapANetwork() {
        Path nodes = ConfigFiles.copyOfNodes(dir);
        files = new NetworkFiles(dir.resolve("state"));
        new NetworkBootstrap(files, Clock.fixed(Instant.parse("2025-04-01T12:00:00Z"), ZoneOffset.UTC))
                .run(NetworkConfiguration.load(nodes));
        rotation = new NodeKeyRotation(files);
    }

    @Test
    void a_rotation_adds_a_current_generation_and_keeps_the_older_one_to_read_what_it_wrote() throws IOException {
        ColumnKeyRing before = rotation.columnKeys("acme");
        byte[] written = ColumnEncryption.aesGcm(before).encrypt(new byte[] {1, 2, 3}, "vault_state", "T:0");

        ColumnKeyRing after = rotation.rotateColumnKeys("acme");

        assertThat(before.current()).isEqualTo(1);
        assertThat(after.current()).isEqualTo(2);
        assertThat(rotation.columnKeys("acme").dataGenerations()).containsExactly(1, 2);
        assertThat(rotation.columnKeys("acme").dataKey(2).orElseThrow().getEncoded())
                .isNotEqualTo(before.dataKey(1).orElseThrow().getEncoded());
        assertThat(ColumnEncryption.aesGcm(files.loadColumnKeyRing("acme")).decrypt(written, "vault_state", "T:0"))
                .containsExactly(1, 2, 3);
        assertThat(rotation.columnKeys("stmary").current()).as("another node's keys are not touched").isEqualTo(1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.keystore("acme")))).isEqualTo("rw-------");
    }

    @Test
    void retiring_removes_the_older_data_keys_and_only_with_lookup_the_older_lookup_keys() {
        byte[] written = ColumnEncryption.aesGcm(rotation.columnKeys("acme")).encrypt(new byte[] {7}, "vault_state", "T:0");
        rotation.rotateColumnKeys("acme");

        ColumnKeyRing dataRetired = rotation.retireOlderColumnKeys("acme", false);

        assertThat(dataRetired.dataGenerations()).containsExactly(2);
        assertThat(dataRetired.lookupGenerations()).containsExactly(1, 2);
        assertThat(rotation.columnKeys("acme").dataGenerations()).containsExactly(2);
        assertThatThrownBy(() -> ColumnEncryption.aesGcm(rotation.columnKeys("acme")).decrypt(written, "vault_state", "T:0"))
                .isInstanceOf(StorageException.class).hasMessageContaining("generation 1");
        assertThat(rotation.retireOlderColumnKeys("acme", true).lookupGenerations()).containsExactly(2);
        assertThat(rotation.columnKeys("acme").lookupGenerations()).containsExactly(2);
    }

    @Test
    void a_new_store_password_opens_every_entry_and_the_old_one_opens_nothing() throws Exception {
        PublicKey identity = files.loadKey("acme").getPublic();
        rotation.rotateColumnKeys("acme");
        ColumnKeyRing keys = rotation.columnKeys("acme");
        String oldPassword = Files.readString(files.keystorePassword("acme")).trim();

        rotation.changeStorePassword("acme");

        String newPassword = Files.readString(files.keystorePassword("acme")).trim();
        assertThat(newPassword).isNotEqualTo(oldPassword).hasSizeGreaterThanOrEqualTo(32);
        assertThat(files.loadKey("acme").getPublic()).as("the ledger identity is kept").isEqualTo(identity);
        assertThat(rotation.columnKeys("acme").dataKey(1).orElseThrow().getEncoded()).isEqualTo(keys.dataKey(1).orElseThrow().getEncoded());
        assertThat(rotation.columnKeys("acme").dataKey(2).orElseThrow().getEncoded()).isEqualTo(keys.dataKey(2).orElseThrow().getEncoded());
        assertThatThrownBy(() -> open(files.keystore("acme"), oldPassword)).isInstanceOf(IOException.class);
        assertThat(files.keystorePassword("acme").resolveSibling("acme.keystore-password.new")).doesNotExist();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.keystorePassword("acme")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.keystore("acme")))).isEqualTo("rw-------");
    }

    private static KeyStore open(Path keystore, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }
}
