package net.claimsnet.node.config;

import net.claimsnet.ledger.identity.NodeRole;
import net.corda.core.identity.CordaX500Name;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every node of config/nodes, checked together: legal names and port ranges distinct, peers that
 * exist, exactly one notary. Ordered by HTTP port, as ./network lists them.
 */
public final class NetworkConfiguration {

    private final Path directory;
    private final List<NodeConfiguration> nodes;

    private NetworkConfiguration(Path directory, List<NodeConfiguration> nodes) {
        this.directory = directory;
        this.nodes = List.copyOf(nodes);
    }

    public static NetworkConfiguration load(Path directory) {
        List<NodeConfiguration> nodes;
        try (Stream<Path> files = Files.list(directory)) {
            nodes = files.filter(f -> f.getFileName().toString().endsWith(".properties"))
                    .map(NodeConfiguration::load)
                    .sorted(Comparator.comparingInt(NodeConfiguration::httpPort))
                    .collect(Collectors.toCollection(ArrayList::new));
        } catch (IOException e) {
            throw new NodeConfigurationException("Cannot list the node configurations in " + directory + ": " + e, e);
        }
        if (nodes.isEmpty()) {
            throw new NodeConfigurationException("No node configurations (*.properties) in " + directory);
        }
        check(nodes);
        return new NetworkConfiguration(directory, nodes);
    }

    private static void check(List<NodeConfiguration> nodes) {
        Map<CordaX500Name, NodeConfiguration> byName = new HashMap<>();
        Map<Integer, NodeConfiguration> byPortBase = new HashMap<>();
        Map<String, NodeConfiguration> byId = new HashMap<>();
        for (NodeConfiguration node : nodes) {
            byId.put(node.id(), node);
            NodeConfiguration sameName = byName.putIfAbsent(node.legalName(), node);
            if (sameName != null) {
                throw new NodeConfigurationException(node.file() + ": node.name " + node.legalName()
                        + " is already the name of " + sameName.id() + "; each organisation has one node");
            }
            NodeConfiguration samePorts = byPortBase.putIfAbsent(node.httpPort() - 80, node);
            if (samePorts != null) {
                throw new NodeConfigurationException(node.file() + ": http.port " + node.httpPort()
                        + " collides with " + samePorts.id() + "'s port range");
            }
        }
        for (NodeConfiguration node : nodes) {
            for (String peer : node.peers()) {
                if (!byId.containsKey(peer)) {
                    throw new NodeConfigurationException(node.file() + ": peer '" + peer + "' has no file "
                            + node.file().resolveSibling(peer + ".properties"));
                }
            }
        }
        long notaries = nodes.stream().filter(n -> n.role() == NodeRole.NOTARY).count();
        if (notaries != 1) {
            throw new NodeConfigurationException("The network needs exactly one node with node.role=notary; "
                    + nodes.get(0).file().getParent() + " has " + notaries);
        }
    }

    public Path directory() {
        return directory;
    }

    public List<NodeConfiguration> nodes() {
        return nodes;
    }

    public Optional<NodeConfiguration> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }
}
