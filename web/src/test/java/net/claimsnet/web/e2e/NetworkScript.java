package net.claimsnet.web.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    static int run(long timeoutMinutes, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve("network").toString());
        command.addAll(List.of(arguments));
        Files.createDirectories(LOG.getParent());
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File(LOG.toString()))).start();
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroy();
            throw new IllegalStateException("./network " + String.join(" ", arguments) + " did not end within "
                    + timeoutMinutes + " minutes; see " + LOG);
        }
        return process.exitValue();
    }

    static Path log() {
        return LOG;
    }
}
