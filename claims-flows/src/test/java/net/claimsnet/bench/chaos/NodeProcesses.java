package net.claimsnet.bench.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The nodes' servers as processes: {@code kill -9} of a node's Payara (its pid is in the domain's
 * config/pid, as {@code ./network} starts it), and a restart with {@code ./network up NODE}, which
 * starts the domain and waits until the node is healthy again. Each restart's output goes to a file
 * of its own under {@code .network/chaos/}.
 */
final class NodeProcesses {

    /** A node's restart: its domain starting, the application loading, its flows resuming. */
    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(6);

    private final Path root;
    private final Path logs;

    NodeProcesses(Path root) {
        this.root = root;
        this.logs = root.resolve(".network/chaos");
    }

    /** The server of the node, if it runs. */
    Optional<ProcessHandle> server(String nodeId) {
        Path pidFile = root.resolve(".network/domains/claimsnet-" + nodeId + "/config/pid");
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException noPid) {
            return Optional.empty();
        }
    }

    /** SIGKILL to the node's server, waiting until it is gone; false if it was not running. */
    boolean kill(String nodeId) throws InterruptedException {
        Optional<ProcessHandle> server = server(nodeId);
        if (server.isEmpty()) {
            return false;
        }
        server.get().destroyForcibly();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (server.get().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        if (server.get().isAlive()) {
            throw new IllegalStateException(nodeId + "'s server (pid " + server.get().pid() + ") survived SIGKILL for a minute");
        }
        return true;
    }

    /**
     * {@code ./network up NODE}: starts the node's domain and waits until the node is healthy. Returns
     * the script's last lines when it fails (they say why; the whole output is in the named file).
     */
    Optional<String> restart(String nodeId, int attempt) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        Path log = logs.resolve("restart-" + nodeId + "-" + attempt + ".log");
        Process up = new ProcessBuilder(root.resolve("network").toString(), "up", nodeId)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!up.waitFor(RESTART_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            up.destroyForcibly();
            return Optional.of("./network up " + nodeId + " did not finish in " + RESTART_TIMEOUT.toMinutes() + " min; see " + log);
        }
        if (up.exitValue() == 0) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(log);
        return Optional.of("./network up " + nodeId + " exited with " + up.exitValue() + ": "
                + String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size())) + " (see " + log + ")");
    }
}
