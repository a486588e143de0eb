package net.claimsnet.node.bootstrap;

import net.claimsnet.ledger.identity.NetworkMap;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.config.ConfigFiles;
import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.ColumnKeys;
import net.claimsnet.storage.jpa.StorageException;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.SignedData;
import net.corda.core.node.NetworkParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkBootstrapTest {

    private static final List<String> NODES = List.of("notary", "acme", "stmary", "lakeside", "regulator");

    @TempDir
    Path dir;

    private Path nodes;
    private NetworkFiles files;
    private NetworkBootstrap bootstrap;

    @BeforeEach
    void copyConfiguration() {
        nodes = ConfigFiles.copyOfNodes(dir);
        files = new NetworkFiles(dir.resolve("state"));
        bootstrap = new NetworkBootstrap(files, Clock.fixed(Instant.parse("2025-04-01T12:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void a_first_run_generates_every_key_the_signed_map_and_the_parameters() {
        BootstrapReport report = run();

        assertThat(report.mapVersion()).isEqualTo(1);
        assertThat(report.parametersEpoch()).isEqualTo(1);
        assertThat(report.changes()).contains("generated a key for acme (O=Acme Health Insurance, L=Hartford, C=US)",
                "signed network map version 1 (5 nodes)", "issued network parameters epoch 1");
        TrustedNetworkMap map = files.loadNetworkMap();
        NetworkMapEntry acme = map.require(InMemoryNetwork.INSURER);
        assertThat(acme.getRole()).isEqualTo(NodeRole.INSURER);
        assertThat(acme.getAddress()).as("the mutual-TLS P2P listener").isEqualTo("https://127.0.0.1:8282");
        assertThat(acme.getOwningKey()).isEqualTo(files.loadKey("acme").getPublic());
        assertThat(map.entries()).hasSize(5);
        NetworkParameters parameters = files.loadNetworkParameters();
        assertThat(parameters.getNotaries()).extracting(n -> n.getIdentity().getName()).containsExactly(InMemoryNetwork.NOTARY);
        assertThat(parameters.getNotaries().get(0).getValidating()).isFalse();
    }

    @Test
    void keys_and_their_passwords_are_readable_by_their_owner_only() throws IOException {
        run();

        for (String id : List.of("notary", "acme", "operator")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.keystore(id)))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.keystorePassword(id)))).isEqualTo("rw-------");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.stateDir().resolve("secrets"))))
                .isEqualTo("rwx------");
    }

    @Test
    void a_second_run_changes_nothing() throws IOException {
        run();
        Map<Path, byte[]> before = StateFiles.snapshot(files);

        BootstrapReport second = run();

        assertThat(second.changedAnything()).isFalse();
        assertThat(second.mapVersion()).isEqualTo(1);
        Map<Path, byte[]> after = StateFiles.snapshot(files);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((file, content) -> assertThat(content).as(file.toString()).isEqualTo(before.get(file)));
    }

    @Test
    void a_new_port_re_signs_the_map_with_the_next_version_and_keeps_every_key() {
        run();
        Map<String, PublicKey> keys = keys();
        byte[] parameters = StateFiles.bytes(files.networkParameters());

        ConfigFiles.set(nodes.resolve("lakeside.properties"), "http.port", "8680");
        ConfigFiles.set(nodes.resolve("lakeside.properties"), "admin.port", "8648");
        BootstrapReport report = run();

        assertThat(report.mapVersion()).isEqualTo(2);
        assertThat(report.changes()).containsExactly("signed network map version 2 (Lakeside Clinic changed)");
        assertThat(files.loadNetworkMap().require(InMemoryNetwork.LAKESIDE).getAddress()).isEqualTo("https://127.0.0.1:8682");
        assertThat(keys()).isEqualTo(keys);
        assertThat(StateFiles.bytes(files.networkParameters())).as("parameters unchanged").isEqualTo(parameters);
    }

    @Test
    void a_new_node_gets_a_key_and_the_next_map_version() throws IOException {
        run();
        Files.writeString(nodes.resolve("harbor.properties"), """
                node.name=O=Harbor Medical Group,L=Portland,C=US
                node.role=provider
                http.port=8680
                admin.port=8648
                peers=notary,acme
                """);

        BootstrapReport report = run();

        assertThat(report.mapVersion()).isEqualTo(2);
        assertThat(report.changes()).containsExactly("generated a key for harbor (O=Harbor Medical Group, L=Portland, C=US)",
                "signed network map version 2 (added Harbor Medical Group)",
                "issued a TLS certificate for harbor (O=Harbor Medical Group, L=Portland, C=US; no key store yet)");
        assertThat(files.loadNetworkMap().entries()).hasSize(6);
    }

    @Test
    void a_missing_key_is_generated_again_for_that_node_only() throws IOException {
        run();
        Map<String, PublicKey> keys = keys();
        Files.delete(files.keystore("stmary"));

        BootstrapReport report = run();

        assertThat(report.changes()).containsExactly(
                "generated a key for stmary (O=St. Mary Hospital, L=Boston, C=US)",
                "signed network map version 2 (St. Mary Hospital changed)");
        Map<String, PublicKey> after = keys();
        assertThat(after.get("stmary")).isNotEqualTo(keys.get("stmary"));
        for (String id : List.of("notary", "acme", "lakeside", "regulator")) {
            assertThat(after.get(id)).as(id).isEqualTo(keys.get(id));
        }
        assertThat(files.loadNetworkMap().require(InMemoryNetwork.ST_MARY).getOwningKey()).isEqualTo(after.get("stmary"));
    }

    @Test
    void a_keystore_whose_password_was_lost_is_reported_not_replaced() throws IOException {
        run();
        Files.delete(files.keystorePassword("acme"));

        assertThatThrownBy(this::run).isInstanceOf(BootstrapException.class)
                .hasMessageContaining("exists but its password " + files.keystorePassword("acme") + " does not");
        assertThat(files.keystore("acme")).exists();
    }

    @Test
    void a_node_refuses_a_map_altered_on_disk_and_so_does_the_bootstrap() throws Exception {
        run();
        SignedData<NetworkMap> signed = SignedFile.read(files.networkMap());
        NetworkMap map = signed.verified();
        List<NetworkMapEntry> entries = new java.util.ArrayList<>(map.getEntries());
        NetworkMapEntry acme = map.entryFor(InMemoryNetwork.INSURER);
        entries.set(entries.indexOf(acme), new NetworkMapEntry(acme.getName(), acme.getOwningKey(), acme.getRole(),
                "http://evil.example:8280"));
        SignedFile.write(files.networkMap(), new SignedData<>(
                new NetworkMap(map.getVersion(), entries).signWith(files.loadKey("operator")).getRaw(), signed.getSig()));

        assertThatThrownBy(() -> files.loadNode("acme", InMemoryNetwork.INSURER))
                .isInstanceOf(BootstrapException.class)
                .hasMessage(files.networkMap() + ": The network map's signature does not match its contents");
        assertThatThrownBy(this::run).isInstanceOf(BootstrapException.class)
                .hasMessageContaining("the operator's signature does not match the contents");
    }

    @Test
    void a_node_refuses_a_map_signed_by_another_key() {
        run();
        NetworkMap map = new NetworkMap(2, files.loadNetworkMap().entries());
        SignedFile.write(files.networkMap(), map.signWith(Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512)));

        assertThatThrownBy(() -> files.loadNode("acme", InMemoryNetwork.INSURER))
                .hasMessage(files.networkMap() + ": The network map is signed by a key that is not the network operator's");
    }

    @Test
    void a_node_loads_its_own_key_the_map_and_the_parameters() {
        run();

        NodeNetworkState state = files.loadNode("stmary", InMemoryNetwork.ST_MARY);

        assertThat(state.keyPair().getPublic()).isEqualTo(state.networkMap().require(InMemoryNetwork.ST_MARY).getOwningKey());
        assertThat(state.networkMap().version()).isEqualTo(1);
        assertThat(state.parameters().getEpoch()).isEqualTo(1);
    }

    @Test
    void a_node_whose_key_is_not_the_one_on_the_map_is_told_to_re_run_the_bootstrap() throws IOException {
        run();
        Files.delete(files.keystore("acme"));
        net.claimsnet.ledger.keys.NodeKeyStore.create(files.keystore("acme"),
                Files.readString(files.keystorePassword("acme")).trim().toCharArray(), InMemoryNetwork.INSURER);

        assertThatThrownBy(() -> files.loadNode("acme", InMemoryNetwork.INSURER))
                .hasMessageContaining("names another key for O=Acme Health Insurance, L=Hartford, C=US");
    }

    @Test
    void a_lost_operator_key_is_replaced_and_map_and_parameters_re_signed_with_the_same_contents() throws IOException {
        run();
        NetworkParameters parameters = files.loadNetworkParameters();
        Files.delete(files.operatorKeystore());

        BootstrapReport report = run();

        assertThat(report.changes()).contains("re-signed the network map with the new operator key, version 2",
                "re-signed the network parameters (epoch 1) with the new operator key");
        assertThat(files.loadNetworkParameters()).isEqualTo(parameters);
        assertThat(files.loadNetworkMap().version()).isEqualTo(2);
    }

    @Test
    void every_node_gets_column_keys_that_stay_the_same_across_runs() {
        run();
        ColumnKeys acme = files.loadColumnKeys("acme");

        run();

        assertThat(files.loadColumnKeys("acme").dataKey().getEncoded()).isEqualTo(acme.dataKey().getEncoded());
        assertThat(files.loadColumnKeys("acme").lookupKey().getEncoded()).isEqualTo(acme.lookupKey().getEncoded());
        assertThat(acme.dataKey().getEncoded()).hasSize(32).isNotEqualTo(acme.lookupKey().getEncoded())
                .isNotEqualTo(files.loadColumnKeys("stmary").dataKey().getEncoded());
        // What one node's key encrypts, another's cannot read.
        byte[] stored = ColumnEncryption.aesGcm(acme).encrypt(new byte[] {1, 2, 3}, "vault_state", "T:0");
        assertThat(ColumnEncryption.aesGcm(files.loadColumnKeys("acme")).decrypt(stored, "vault_state", "T:0"))
                .containsExactly(1, 2, 3);
        assertThatThrownBy(() -> ColumnEncryption.aesGcm(files.loadColumnKeys("stmary")).decrypt(stored, "vault_state", "T:0"))
                .isInstanceOf(StorageException.class);
    }

    @Test
    void a_keystore_made_before_column_encryption_gets_its_column_keys_and_keeps_its_identity() throws Exception {
        run();
        PublicKey identity = files.loadKey("acme").getPublic();
        char[] password = OwnerOnlyFiles.readSecret(files.keystorePassword("acme"));
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(files.keystore("acme"))) {
            store.load(in, password);
        }
        store.deleteEntry(ColumnKeyEntries.DATA_KEY_ALIAS);
        store.deleteEntry(ColumnKeyEntries.LOOKUP_KEY_ALIAS);
        try (var out = Files.newOutputStream(files.keystore("acme"))) {
            store.store(out, password);
        }

        BootstrapReport report = run();

        assertThat(report.changes()).containsExactly("added column encryption keys to acme's keystore");
        assertThat(files.loadKey("acme").getPublic()).isEqualTo(identity);
        assertThat(files.loadColumnKeys("acme").dataKey().getEncoded()).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.keystore("acme")))).isEqualTo("rw-------");
    }

    private BootstrapReport run() {
        return bootstrap.run(NetworkConfiguration.load(nodes));
    }

    private Map<String, PublicKey> keys() {
        Map<String, PublicKey> keys = new HashMap<>();
        for (String id : NODES) {
            keys.put(id, files.loadKey(id).getPublic());
        }
        return keys;
    }
}
