package net.claimsnet.web.fhir;

import net.claimsnet.rules.drools.RuleSetKind;
import net.claimsnet.rules.drools.RuleSetSources;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.rules.reference.ReferenceDataLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the shared samples, the project's reference data and their own FHIR files. */
public final class FhirTestFiles {

    private FhirTestFiles() {
    }

    /** The first ancestor of the working directory that holds the relative path. */
    static Path above(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(relative);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + relative + " above " + Path.of("").toAbsolutePath());
    }

    public static Path samples() {
        return net.claimsnet.web.x12.SharedSamples.root().resolve("fhir");
    }

    /** The reference data the rules in config/ check against, as a node loads it. */
    public static ReferenceData referenceData() {
        Path config = above("config/reference").getParent();
        return ReferenceDataLoader.load(RuleSetSources.read(config.resolve("rules"), config.resolve("reference"),
                RuleSetKind.ADJUDICATE).referenceFiles());
    }

    /** A file of src/test/resources/fhir. */
    public static String resource(String name) {
        try (InputStream in = FhirTestFiles.class.getResourceAsStream("/fhir/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource fhir/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
