package net.claimsnet.web.x12;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The team's public sample files (shared/samples next to the checkout; SOURCES.md there says what
 * each should get): found from the system property {@code claimsnet.samples}, or by looking for
 * shared/samples beside each directory above the working directory.
 */
public final class SharedSamples {

    private SharedSamples() {
    }

    public static Path x12(String name) {
        return root().resolve("x12").resolve(name);
    }

    static Path root() {
        String configured = System.getProperty("claimsnet.samples");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("samples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No shared/samples directory above " + Path.of("").toAbsolutePath()
                + "; set -Dclaimsnet.samples=<path to shared/samples>");
    }
}
