package net.claimsnet.web.e2e.desk;

import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.config.NodeConfiguration;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where each node's desk is: its HTTPS listener, https://&lt;host&gt;:&lt;http.port + 1&gt;/ from
 * config/nodes/&lt;node&gt;.properties, as ./network starts it (notary 8181, acme 8281, stmary 8381,
 * lakeside 8481, regulator 8581).
 */
public final class DeskNodes {

    /** The repository's root: Maven runs the web module's tests in web/. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final NetworkConfiguration NETWORK = NetworkConfiguration.load(ROOT.resolve("config").resolve("nodes"));

    private DeskNodes() {
    }

    /** The node's desk, ending in a slash ("https://127.0.0.1:8381/"). */
    public static URI desk(String nodeId) {
        NodeConfiguration node = NETWORK.node(nodeId)
                .orElseThrow(() -> new IllegalArgumentException("No node " + nodeId + " in " + NETWORK.directory()));
        return URI.create(node.secureAddress().replaceAll("/$", "") + "/");
    }

    /** The node a demo user belongs to: "stmary" for billing@stmary. */
    public static String nodeOf(String user) {
        int at = user.indexOf('@');
        if (at < 0) {
            throw new IllegalArgumentException("A desk user is named role@node; was " + user);
        }
        return user.substring(at + 1);
    }
}
