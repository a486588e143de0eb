package net.claimsnet.web.node;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class NodeConfigurationTest {

    private static final Path NODES = Path.of("..", "config", "nodes");

    @Test
    void the_five_nodes_of_the_network_are_configured_with_their_legal_names_and_roles() throws IOException {
        List<NodeConfiguration> nodes = new ArrayList<>();
        try (Stream<Path> files = Files.list(NODES)) {
            files.filter(f -> f.toString().endsWith(".properties")).sorted().forEach(f -> nodes.add(NodeConfiguration.load(f)));
        }

        assertThat(nodes).extracting(NodeConfiguration::id, NodeConfiguration::legalName, NodeConfiguration::role)
                .containsExactly(
                        tuple("acme", "O=Acme Health Insurance,L=Hartford,C=US", "insurer"),
                        tuple("lakeside", "O=Lakeside Clinic,L=Denver,C=US", "provider"),
                        tuple("notary", "O=Claims Notary,L=Zurich,C=CH", "notary"),
                        tuple("regulator", "O=State Insurance Regulator,L=Albany,C=US", "auditor"),
                        tuple("stmary", "O=St. Mary Hospital,L=Boston,C=US", "provider"));
    }

    @Test
    void a_missing_legal_name_is_reported_with_the_key_and_the_file(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("acme.properties"), "node.role=insurer\n");

        assertThatThrownBy(() -> NodeConfiguration.load(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("node.name is missing in the node configuration " + file);
    }

    @Test
    void an_unknown_role_is_reported_with_the_roles_allowed(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("acme.properties"), "node.name=O=Acme,L=Hartford,C=US\nnode.role=broker\n");

        assertThatThrownBy(() -> NodeConfiguration.load(file))
                .hasMessage("node.role in " + file + " must be one of provider, insurer, notary, auditor; was broker");
    }

    @Test
    void an_unreadable_file_is_reported_with_its_path(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere.properties");

        assertThatThrownBy(() -> NodeConfiguration.load(missing))
                .hasMessageStartingWith("Cannot read the node configuration " + missing);
    }
}
