package net.claimsnet.web.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The end of each node's Payara server log (.network/domains/claimsnet-&lt;node&gt;/logs/server.log), for failure messages. */
final class NodeLogs {

    static final List<String> NODES = List.of("notary", "acme", "stmary", "lakeside", "regulator");
    private static final int LINES = 25;
    private static final int LINE_CHARACTERS = 400;

    private NodeLogs() {
    }

    static Path serverLog(String node) {
        return NetworkScript.ROOT.resolve(".network/domains/claimsnet-" + node + "/logs/server.log");
    }

    /** Whether any node of this checkout has a server log (./network ran here). */
    static boolean anyLogHere() {
        return NODES.stream().anyMatch(node -> Files.isRegularFile(serverLog(node)));
    }

    static String tails() {
        StringBuilder text = new StringBuilder();
        for (String node : NODES) {
            text.append("---- last ").append(LINES).append(" lines of ").append(NetworkScript.ROOT.relativize(serverLog(node)))
                    .append(" ----\n").append(tail(node)).append('\n');
        }
        return text.toString();
    }

    static String tail(String node) {
        Path log = serverLog(node);
        try {
            if (!Files.isRegularFile(log)) {
                return "(no log)";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            StringBuilder tail = new StringBuilder();
            for (String line : lines.subList(Math.max(0, lines.size() - LINES), lines.size())) {
                tail.append(line.length() > LINE_CHARACTERS ? line.substring(0, LINE_CHARACTERS) + "..." : line).append('\n');
            }
            return tail.toString();
        } catch (IOException | RuntimeException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }
}
