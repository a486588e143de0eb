package net.claimsnet.bench.network;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

/**
 * A node of the running network as the benchmark reaches it: its base URL, the HTTPS listener at
 * {@code https://host:http.port + 1/} (host and http.port from config/nodes/&lt;id&gt;.properties, as
 * ./network starts it), and the demo user it acts as (README, "REST API").
 */
public record NetworkNode(String id, String organisation, URI baseUrl, String user, String password) {

    /** The five nodes, in the order their health is checked. */
    public static List<NetworkNode> all(Path nodesConfig) {
        return List.of(
                node(nodesConfig, "notary", "Claims Notary", 8180, "admin"),
                node(nodesConfig, "acme", "Acme Health Insurance", 8280, "adjuster"),
                node(nodesConfig, "stmary", "St. Mary Hospital", 8380, "billing"),
                node(nodesConfig, "lakeside", "Lakeside Clinic", 8480, "billing"),
                node(nodesConfig, "regulator", "State Insurance Regulator", 8580, "auditor"));
    }

    public static NetworkNode byId(List<NetworkNode> nodes, String id) {
        return nodes.stream().filter(node -> node.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No node " + id));
    }

    /** The same node, reached as another of its demo users ("admin" for admin@acme), with its password ({@link DemoPasswords}). */
    public NetworkNode as(String userPrefix) {
        return new NetworkNode(id, organisation, baseUrl, userPrefix + "@" + id, DemoPasswords.of(userPrefix + "@" + id));
    }

    public URI uri(String path) {
        return baseUrl.resolve(path);
    }

    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** "St. Mary Hospital (https://127.0.0.1:8381)" */
    public String describe() {
        return organisation + " (" + baseUrl.toString().replaceAll("/$", "") + ")";
    }

    private static NetworkNode node(Path nodesConfig, String id, String organisation, int defaultPort, String userPrefix) {
        Properties properties = new Properties();
        Path file = nodesConfig.resolve(id + ".properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        String host = properties.getProperty("host", "127.0.0.1").trim();
        int httpPort = Integer.parseInt(properties.getProperty("http.port", Integer.toString(defaultPort)).trim());
        return new NetworkNode(id, organisation, URI.create("https://" + host + ":" + (httpPort + 1) + "/"),
                userPrefix + "@" + id, DemoPasswords.of(userPrefix + "@" + id));
    }
}
