package net.claimsnet.web.x12.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shared X12 sample files (../shared/samples/x12, see SOURCES.md there), read as bytes. */
public final class X12Samples {

    /** Where the X12 samples are (see SharedSamples). */
    public static final Path DIRECTORY = net.claimsnet.web.x12.SharedSamples.root().resolve("x12");

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
