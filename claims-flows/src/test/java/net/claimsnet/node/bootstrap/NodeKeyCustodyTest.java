package net.claimsnet.node.bootstrap;

import net.claimsnet.node.config.ConfigFiles;
import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.storage.jpa.ColumnKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NodeKeyCustodyTest {

    @TempDir
    Path dir;

    @Test
    void without_the_keystore_property_the_node_reads_the_state_directory_as_before() {
        assertThat(NodeKeyCustody.from(name -> null)).isEmpty();
    }

    @Test
    void the_paths_and_resolved_passwords_come_from_the_properties() {
        Map<String, String> properties = domainProperties("s3cret");

        NodeKeyCustody custody = NodeKeyCustody.from(properties::get).orElseThrow();

        assertThat(custody.keystore()).isEqualTo(Path.of("/d/config/claimsnet/node.p12"));
        assertThat(custody.tlsKeystore()).isEqualTo(Path.of("/d/config/claimsnet/tls.p12"));
        assertThat(custody.truststore()).isEqualTo(Path.of("/d/config/claimsnet/truststore.p12"));
        assertThat(custody.keystorePassword()).containsExactly('s', '3', 'c', 'r', 'e', 't');
        assertThat(custody.toString()).doesNotContain("s3cret");
    }

    @Test
    void an_alias_payara_could_not_resolve_is_refused_naming_the_alias() {
        Map<String, String> properties = domainProperties("${ALIAS=claimsnet-keystore}");

        NodeKeyCustody custody = NodeKeyCustody.from(properties::get).orElseThrow();

        assertThatThrownBy(custody::keystorePassword).isInstanceOf(BootstrapException.class)
                .hasMessageContaining("claimsnet-keystore").hasMessageContaining("./network up");
    }

    @Test
    void a_missing_password_or_store_property_is_refused() {
        Map<String, String> noPassword = domainProperties("x");
        noPassword.remove(NodeKeyCustody.TLS_KEYSTORE_PASSWORD_PROPERTY);
        Map<String, String> noTls = domainProperties("x");
        noTls.remove(NodeKeyCustody.TLS_KEYSTORE_PROPERTY);

        assertThatThrownBy(() -> NodeKeyCustody.from(noPassword::get).orElseThrow().tlsKeystorePassword())
                .isInstanceOf(BootstrapException.class).hasMessageContaining(NodeKeyCustody.TLS_KEYSTORE_PASSWORD_PROPERTY);
        assertThatThrownBy(() -> NodeKeyCustody.from(noTls::get)).isInstanceOf(BootstrapException.class)
                .hasMessageContaining(NodeKeyCustody.TLS_KEYSTORE_PROPERTY);
    }

    @Test
    void a_node_with_custody_reads_its_domain_copy_and_not_the_state_directorys_secrets() throws Exception {
        Path nodes = ConfigFiles.copyOfNodes(dir);
        NetworkFiles operator = new NetworkFiles(dir.resolve("state"));
        new NetworkBootstrap(operator, Clock.fixed(Instant.parse("2025-04-01T12:00:00Z"), ZoneOffset.UTC))
                .run(NetworkConfiguration.load(nodes));
        Map<String, String> properties = domainCopiesOf(operator, "acme");
        ColumnKeys expected = operator.loadColumnKeys("acme");
        // The operator's files out of reach: the node must not need them.
        Files.move(dir.resolve("state/secrets"), dir.resolve("secrets-elsewhere"));
        Files.move(dir.resolve("state/keys"), dir.resolve("keys-elsewhere"));

        NetworkFiles node = new NetworkFiles(dir.resolve("state"), NodeKeyCustody.from(properties::get).orElseThrow());

        assertThat(node.loadColumnKeys("acme").dataKey().getEncoded()).isEqualTo(expected.dataKey().getEncoded());
        assertThat(node.loadKey("acme").getPublic()).isNotNull();
        assertThat(node.loadTls("acme")).isNotNull();
        assertThat(node.loadNode("acme", net.claimsnet.node.InMemoryNetwork.INSURER).keyPair().getPublic())
                .isEqualTo(node.loadKey("acme").getPublic());
    }

    @Test
    void the_domains_stores_are_its_own_nodes_only_and_code_speaking_for_another_node_reads_that_ones() throws Exception {
        Path nodes = ConfigFiles.copyOfNodes(dir);
        NetworkFiles operator = new NetworkFiles(dir.resolve("state"));
        new NetworkBootstrap(operator, Clock.fixed(Instant.parse("2025-04-01T12:00:00Z"), ZoneOffset.UTC))
                .run(NetworkConfiguration.load(nodes));
        Map<String, String> properties = domainCopiesOf(operator, "notary");
        properties.put(NodeKeyCustody.NODE_CONFIG_PROPERTY, nodes.resolve("notary.properties").toString());
        NodeKeyCustody custody = NodeKeyCustody.from(properties::get).orElseThrow();

        NetworkFiles inTheNotarysDomain = new NetworkFiles(dir.resolve("state"), custody);

        assertThat(custody.isFor("notary")).isTrue();
        assertThat(custody.isFor("acme")).isFalse();
        assertThat(inTheNotarysDomain.loadKey("acme").getPublic()).as("Acme's key, from the state directory")
                .isEqualTo(operator.loadKey("acme").getPublic());
        assertThat(inTheNotarysDomain.loadKey("notary").getPublic()).isEqualTo(operator.loadKey("notary").getPublic());
    }

    /** What ./network does for the node's domain: its three stores copied there, the properties naming them. */
    private Map<String, String> domainCopiesOf(NetworkFiles operator, String nodeId) throws Exception {
        Path domainStores = Files.createDirectories(dir.resolve("domain/config/claimsnet"));
        Files.copy(operator.keystore(nodeId), domainStores.resolve("node.p12"));
        Files.copy(operator.tlsKeystore(nodeId), domainStores.resolve("tls.p12"));
        Files.copy(operator.truststore(), domainStores.resolve("truststore.p12"));
        Map<String, String> properties = new HashMap<>();
        properties.put(NodeKeyCustody.KEYSTORE_PROPERTY, domainStores.resolve("node.p12").toString());
        properties.put(NodeKeyCustody.KEYSTORE_PASSWORD_PROPERTY, Files.readString(operator.keystorePassword(nodeId)).trim());
        properties.put(NodeKeyCustody.TLS_KEYSTORE_PROPERTY, domainStores.resolve("tls.p12").toString());
        properties.put(NodeKeyCustody.TLS_KEYSTORE_PASSWORD_PROPERTY, Files.readString(operator.tlsKeystorePassword(nodeId)).trim());
        properties.put(NodeKeyCustody.TRUSTSTORE_PROPERTY, domainStores.resolve("truststore.p12").toString());
        properties.put(NodeKeyCustody.TRUSTSTORE_PASSWORD_PROPERTY, Files.readString(operator.truststorePassword()).trim());
        return properties;
    }

    private static Map<String, String> domainProperties(String password) {
        Map<String, String> properties = new HashMap<>();
        properties.put(NodeKeyCustody.KEYSTORE_PROPERTY, "/d/config/claimsnet/node.p12");
        properties.put(NodeKeyCustody.KEYSTORE_PASSWORD_PROPERTY, password);
        properties.put(NodeKeyCustody.TLS_KEYSTORE_PROPERTY, "/d/config/claimsnet/tls.p12");
        properties.put(NodeKeyCustody.TLS_KEYSTORE_PASSWORD_PROPERTY, password);
        properties.put(NodeKeyCustody.TRUSTSTORE_PROPERTY, "/d/config/claimsnet/truststore.p12");
        properties.put(NodeKeyCustody.TRUSTSTORE_PASSWORD_PROPERTY, password);
        return properties;
    }
}
