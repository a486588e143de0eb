package net.claimsnet.node.backup;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Properties;

/**
 * What a backup holds, in its {@value #FILE}: whose it is, when it was taken (the node's clock, which the
 * restored node asks its peers from), the database kind and schema version, and its transaction count.
 *
 * @param database {@code h2} (the backup's {@value #H2_FILE}) or {@code postgresql} ({@value #POSTGRES_FILE},
 *                 written by {@code ./network backup} with pg_dump once the node wrote the rest)
 */
public record BackupManifest(String nodeId, String legalName, Instant takenAt, String database, String schemaVersion,
                             long transactions) {

    public static final String FILE = "manifest.properties";
    public static final String H2_FILE = "database.zip";
    public static final String POSTGRES_FILE = "database.dump";

    public BackupManifest {
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(legalName, "legalName");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(schemaVersion, "schemaVersion");
    }

    String format() {
        Properties properties = new Properties();
        properties.setProperty("node.id", nodeId);
        properties.setProperty("node.name", legalName);
        properties.setProperty("taken.at", takenAt.toString());
        properties.setProperty("database", database);
        properties.setProperty("schema.version", schemaVersion);
        properties.setProperty("transactions", Long.toString(transactions));
        StringWriter out = new StringWriter();
        try {
            properties.store(out, "ClaimsNet node backup; taken.at is the node's clock: a restored node asks its peers from there");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads a backup directory's manifest; a missing or malformed one is refused with what is wrong. */
    public static BackupManifest read(Path backupDirectory) {
        Path file = backupDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(backupDirectory + " is not a node backup: it has no " + FILE);
        }
        try (Reader reader = new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1))) {
            Properties properties = new Properties();
            properties.load(reader);
            return new BackupManifest(required(properties, "node.id", file), required(properties, "node.name", file),
                    Instant.parse(required(properties, "taken.at", file)), required(properties, "database", file),
                    required(properties, "schema.version", file),
                    Long.parseLong(properties.getProperty("transactions", "0")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(file + " is malformed: " + e.getMessage(), e);
        }
    }

    private static String required(Properties properties, String key, Path file) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(file + " lacks " + key);
        }
        return value.trim();
    }
}
