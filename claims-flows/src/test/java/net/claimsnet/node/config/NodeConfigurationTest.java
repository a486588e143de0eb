package net.claimsnet.node.config;

import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.limits.RateLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class NodeConfigurationTest {

    private static final String ACME = """
            node.name=O=Acme Health Insurance,L=Hartford,C=US
            node.role=insurer
            http.port=8280
            admin.port=8248
            peers=notary, stmary
            """;

    @TempDir
    Path dir;

    @Test
    void the_five_nodes_of_the_network_are_configured_with_names_roles_addresses_and_peers() {
        NetworkConfiguration network = NetworkConfiguration.load(ConfigFiles.repositoryNodes());

        assertThat(network.nodes()).extracting(n -> n.id(), n -> n.legalName().toString(), NodeConfiguration::role,
                        NodeConfiguration::address)
                .containsExactly(
                        tuple("notary", "O=Claims Notary, L=Zurich, C=CH", NodeRole.NOTARY, "http://127.0.0.1:8180"),
                        tuple("acme", "O=Acme Health Insurance, L=Hartford, C=US", NodeRole.INSURER, "http://127.0.0.1:8280"),
                        tuple("stmary", "O=St. Mary Hospital, L=Boston, C=US", NodeRole.PROVIDER, "http://127.0.0.1:8380"),
                        tuple("lakeside", "O=Lakeside Clinic, L=Denver, C=US", NodeRole.PROVIDER, "http://127.0.0.1:8480"),
                        tuple("regulator", "O=State Insurance Regulator, L=Albany, C=US", NodeRole.AUDITOR, "http://127.0.0.1:8580"));
        NodeConfiguration acme = network.node("acme").orElseThrow();
        assertThat(acme.peers()).containsExactly("notary", "stmary", "lakeside", "regulator");
        assertThat(acme.adminPort()).isEqualTo(8248);
        assertThat(acme.databaseUrl()).isEmpty();
    }

    @Test
    void host_defaults_to_the_loopback_address_and_peers_are_trimmed() throws IOException {
        NodeConfiguration acme = NodeConfiguration.load(write("acme", ACME));

        assertThat(acme.host()).isEqualTo("127.0.0.1");
        assertThat(acme.peers()).containsExactly("notary", "stmary");
    }

    @Test
    void the_node_listens_on_plain_http_https_for_the_desk_and_mutual_tls_for_p2p_within_its_port_range() throws IOException {
        NodeConfiguration acme = NodeConfiguration.load(ConfigFiles.repositoryNodes().resolve("acme.properties"));

        assertThat(acme.address()).isEqualTo("http://127.0.0.1:8280");
        assertThat(acme.secureAddress()).isEqualTo("https://127.0.0.1:8281");
        assertThat(acme.p2pAddress()).isEqualTo("https://127.0.0.1:8282");
    }

    @Test
    void an_ipv6_host_is_bracketed_in_every_address() throws IOException {
        NodeConfiguration acme = NodeConfiguration.load(write("acme", ACME + "host=::1\n"));

        assertThat(acme.address()).isEqualTo("http://[::1]:8280");
        assertThat(acme.secureAddress()).isEqualTo("https://[::1]:8281");
        assertThat(acme.p2pAddress()).isEqualTo("https://[::1]:8282");
    }

    @Test
    void a_postgresql_database_is_read_with_its_user() throws IOException {
        NodeConfiguration acme = NodeConfiguration.load(write("acme",
                ACME + "database.url=jdbc:postgresql://127.0.0.1:5432/acme\ndatabase.user=postgres\n"));

        assertThat(acme.databaseUrl()).hasValue("jdbc:postgresql://127.0.0.1:5432/acme");
        assertThat(acme.databaseUser()).hasValue("postgres");
    }

    @Test
    void the_audit_heads_are_signed_every_1000_rows_or_minute_unless_the_file_says_otherwise() throws IOException {
        NodeConfiguration defaults = NodeConfiguration.load(write("acme", ACME));
        NodeConfiguration often = NodeConfiguration.load(write("acme", ACME + "audit.head.rows=100\naudit.head.minutes=5\n"));

        assertThat(defaults.audit().rowsPerHead()).isEqualTo(1_000);
        assertThat(defaults.audit().headInterval()).isEqualTo(java.time.Duration.ofMinutes(1));
        assertThat(often.audit().rowsPerHead()).isEqualTo(100);
        assertThat(often.audit().headInterval()).isEqualTo(java.time.Duration.ofMinutes(5));
    }

    @Test
    void an_audit_head_policy_of_no_rows_or_not_a_number_is_refused() throws IOException {
        Path none = write("acme", ACME + "audit.head.rows=0\n");
        Path text = write("lakeside", ACME + "audit.head.minutes=soon\n");

        assertThatThrownBy(() -> NodeConfiguration.load(none)).hasMessage(none + ": audit.head.rows must be at least 1; was 0");
        assertThatThrownBy(() -> NodeConfiguration.load(text)).hasMessage(text + ": audit.head.minutes must be a number; was soon");
    }

    @Test
    void a_missing_legal_name_is_reported_with_the_key_and_the_file() throws IOException {
        Path file = write("acme", "node.role=insurer\n");

        assertThatThrownBy(() -> NodeConfiguration.load(file))
                .isInstanceOf(NodeConfigurationException.class)
                .hasMessage("node.name is missing in the node configuration " + file);
    }

    @Test
    void an_unknown_role_is_reported_with_the_roles_allowed() throws IOException {
        Path file = write("acme", ACME.replace("node.role=insurer", "node.role=broker"));

        assertThatThrownBy(() -> NodeConfiguration.load(file))
                .hasMessage(file + ": node.role must be one of provider, insurer, notary, auditor; was broker");
    }

    @Test
    void a_legal_name_without_locality_is_refused() throws IOException {
        Path file = write("acme", ACME.replace("O=Acme Health Insurance,L=Hartford,C=US", "O=Acme,C=US"));

        assertThatThrownBy(() -> NodeConfiguration.load(file)).hasMessageStartingWith(file + ": node.name must be an X.500 name");
    }

    @Test
    void an_http_port_outside_payaras_port_base_layout_is_refused() throws IOException {
        Path file = write("acme", ACME.replace("8280", "8281"));

        assertThatThrownBy(() -> NodeConfiguration.load(file)).hasMessageStartingWith(file + ": http.port must end in 80");
    }

    @Test
    void an_admin_port_that_is_not_http_port_minus_32_is_refused() throws IOException {
        Path file = write("acme", ACME.replace("8248", "4848"));

        assertThatThrownBy(() -> NodeConfiguration.load(file))
                .hasMessage(file + ": admin.port must be http.port - 32 = 8248; was 4848");
    }

    @Test
    void an_h2_url_not_in_postgresql_mode_is_refused() throws IOException {
        Path file = write("acme", ACME + "database.url=jdbc:h2:mem:acme\ndatabase.user=sa\n");

        assertThatThrownBy(() -> NodeConfiguration.load(file)).hasMessageContaining("PostgreSQL mode");
    }

    @Test
    void an_unreadable_file_is_reported_with_its_path() {
        Path missing = dir.resolve("nowhere.properties");

        assertThatThrownBy(() -> NodeConfiguration.load(missing))
                .hasMessageStartingWith("Cannot read the node configuration " + missing);
    }

    @Test
    void a_peer_without_a_file_is_reported_by_the_network() {
        Path nodes = ConfigFiles.copyOfNodes(dir);
        ConfigFiles.set(nodes.resolve("acme.properties"), "peers", "notary,nowhere");

        assertThatThrownBy(() -> NetworkConfiguration.load(nodes))
                .hasMessage(nodes.resolve("acme.properties") + ": peer 'nowhere' has no file " + nodes.resolve("nowhere.properties"));
    }

    @Test
    void two_nodes_in_one_port_range_are_refused() {
        Path nodes = ConfigFiles.copyOfNodes(dir);
        ConfigFiles.set(nodes.resolve("stmary.properties"), "http.port", "8280");
        ConfigFiles.set(nodes.resolve("stmary.properties"), "admin.port", "8248");

        assertThatThrownBy(() -> NetworkConfiguration.load(nodes)).hasMessageContaining("http.port 8280 collides with");
    }

    @Test
    void a_network_without_a_notary_is_refused() throws IOException {
        Path nodes = ConfigFiles.copyOfNodes(dir);
        Files.delete(nodes.resolve("notary.properties"));
        for (String id : List.of("acme", "stmary", "lakeside", "regulator")) {
            ConfigFiles.set(nodes.resolve(id + ".properties"), "peers", "regulator".equals(id) ? "acme" : "regulator");
        }

        assertThatThrownBy(() -> NetworkConfiguration.load(nodes)).hasMessageContaining("exactly one node with node.role=notary");
        assertThat(NetworkConfiguration.load(ConfigFiles.repositoryNodes()).node("nobody")).isEqualTo(Optional.empty());
    }

    @Test
    void rate_limits_default_to_the_generous_ones_and_a_node_file_may_set_its_own() throws IOException {
        NodeConfiguration defaults = NodeConfiguration.load(write("acme", ACME));
        NodeConfiguration own = NodeConfiguration.load(write("acme", ACME
                + "limits.user.per-second=50\nlimits.user.burst=100\nlimits.peer.per-second=2000\n"));

        assertThat(defaults.userRateLimit()).isEqualTo(RateLimit.USER_DEFAULT);
        assertThat(defaults.peerRateLimit()).isEqualTo(RateLimit.PEER_DEFAULT);
        assertThat(own.userRateLimit()).isEqualTo(new RateLimit(50, 100));
        assertThat(own.peerRateLimit()).isEqualTo(new RateLimit(2000,
                RateLimit.PEER_DEFAULT.burst()));
    }

    @Test
    void a_rate_limit_that_is_no_positive_number_is_refused_naming_the_key() throws IOException {
        Path file = write("acme", ACME + "limits.user.per-second=lots\n");

        assertThatThrownBy(() -> NodeConfiguration.load(file)).hasMessageContaining("limits.user.per-second must be a number");
    }

    private Path write(String id, String content) throws IOException {
        return Files.writeString(dir.resolve(id + ".properties"), content);
    }
}
