package net.claimsnet.web.x12.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared X12 sample files (../shared/samples/x12, see SOURCES.md there), read as bytes. */
public final class X12Samples {

    /** Where the samples are: -Dclaimsnet.samples overrides the project's sibling folder. */
    public static final Path DIRECTORY = Path.of(System.getProperty("claimsnet.samples",
            Files.isDirectory(Path.of("../../shared/samples")) ? "../../shared/samples" : "/work/shared/samples")).resolve("x12");

    private X12Samples() {
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(DIRECTORY.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
