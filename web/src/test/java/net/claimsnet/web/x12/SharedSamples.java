package net.claimsnet.web.x12;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's public sample files (a copy of shared/samples in the test resources; SOURCES.md there
 * says where each comes from and what it should get).
 */
public final class SharedSamples {

    private SharedSamples() {
    }

    public static Path x12(String name) {
        return root().resolve("x12").resolve(name);
    }

    /**
     * The samples: the system property {@code claimsnet.samples} when given, else the copy in this
     * module's test resources (shared-samples, with SOURCES.md's attribution), which a fresh clone has
     * wherever it is checked out.
     */
    public static Path root() {
        String configured = System.getProperty("claimsnet.samples");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path copy = Path.of("src", "test", "resources", "shared-samples").toAbsolutePath();
        if (!Files.isDirectory(copy)) {
            throw new IllegalStateException("No samples at " + copy + " (run the tests from the web module)"
                    + "; set -Dclaimsnet.samples=<path to shared/samples>");
        }
        return copy;
    }
}
