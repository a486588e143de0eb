package net.claimsnet.web.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the repository's {@code ./network} script, its output appended to target/network-e2e.log. */
final class NetworkScript {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path LOG = Path.of("target", "network-e2e.log").toAbsolutePath();

    private NetworkScript() {
    }

    /** Runs {@code ./network <arguments>} and returns its exit code; fails after the timeout. */
    static int run(Duration timeout, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("network").toString());
        command.addAll(List.of(arguments));
        Files.createDirectories(LOG.getParent());
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(LOG.toString()))).start();
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            throw new IllegalStateException("./network " + String.join(" ", arguments) + " did not end within "
                    + timeout.toMinutes() + " minutes; see " + LOG);
        }
        return process.exitValue();
    }

    /** Runs {@code ./network <arguments>}; an AssertionError with the end of its output when it fails. */
    static void runOrFail(Duration timeout, String... arguments) {
        long started = System.nanoTime();
        try {
            long before = Files.exists(LOG) ? Files.size(LOG) : 0;
            int exit = run(timeout, arguments);
            if (exit != 0) {
                throw new AssertionError("./network " + String.join(" ", arguments) + " exited with " + exit
                        + "; its output:\n" + outputSince(before));
            }
            System.out.printf("./network %s took %d s%n", String.join(" ", arguments),
                    Duration.ofNanos(System.nanoTime() - started).toSeconds());
        } catch (IOException e) {
            throw new AssertionError("./network " + String.join(" ", arguments) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while ./network " + String.join(" ", arguments) + " ran", e);
        }
    }

    private static String outputSince(long offset) throws IOException {
        byte[] all = Files.readAllBytes(LOG);
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    static Path log() {
        return LOG;
    }
}
