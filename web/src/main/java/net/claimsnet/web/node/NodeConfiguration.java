package net.claimsnet.web.node;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The node's identity as its configuration file states it (see config/nodes/README.md): id,
 * legal name and role. Read by {@link #load}, which names the file and key of any problem.
 */
public final class NodeConfiguration {

    /** The system property that holds the path of the node's file (set per domain by ./network up). */
    public static final String PATH_PROPERTY = "claimsnet.node.config";

    private static final Set<String> ROLES = Set.of("provider", "insurer", "notary", "auditor");

    private final String id;
    private final String legalName;
    private final String role;

    private NodeConfiguration(String id, String legalName, String role) {
        this.id = id;
        this.legalName = legalName;
        this.role = role;
    }

    /** The configuration named by the system property {@value #PATH_PROPERTY}. */
    public static NodeConfiguration fromSystemProperty() {
        String path = System.getProperty(PATH_PROPERTY);
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("The system property " + PATH_PROPERTY
                    + " must name the node's configuration file (config/nodes/<node>.properties)");
        }
        return load(Path.of(path));
    }

    public static NodeConfiguration load(Path file) {
        Objects.requireNonNull(file, "file");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the node configuration " + file + ": " + e.getMessage(), e);
        }
        String id = file.getFileName().toString().replaceFirst("\\.properties$", "");
        String legalName = required(properties, "node.name", file);
        String role = required(properties, "node.role", file).toLowerCase(Locale.ROOT);
        if (!ROLES.contains(role)) {
            throw new IllegalStateException("node.role in " + file + " must be one of provider, insurer, notary, auditor; was "
                    + role);
        }
        return new NodeConfiguration(id, legalName, role);
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(key + " is missing in the node configuration " + file);
        }
        return value.trim();
    }

    /** The file's name without extension, e.g. "acme". */
    public String id() {
        return id;
    }

    /** The X.500 legal name, e.g. "O=Acme Health Insurance,L=Hartford,C=US". */
    public String legalName() {
        return legalName;
    }

    public String role() {
        return role;
    }
}
