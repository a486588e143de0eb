package net.claimsnet.node.backup;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The file {@code ./network restore} leaves for a node whose database it restored
 * ({@code <state>/restored/<node>.properties}, with the backup's {@code taken.at}): the node then catches up
 * from its peers as it starts, and removes the file once every peer answered. A node that stops before
 * that catches up again at its next start (recording what it holds already changes nothing).
 */
public final class RestoreMarker {

    private final Path file;

    public RestoreMarker(Path stateDirectory, String nodeId) {
        this.file = stateDirectory.resolve("restored").resolve(nodeId + ".properties");
    }

    /** When the backup the database was restored from was taken, if it was restored and has not caught up yet. */
    public Optional<Instant> backupTakenAt() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(Files.readString(file, StandardCharsets.ISO_8859_1)));
            String takenAt = properties.getProperty("taken.at");
            if (takenAt == null) {
                throw new IllegalStateException(file + " lacks taken.at: the time of the backup the node was restored from");
            }
            return Optional.of(Instant.parse(takenAt.trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(file + ": taken.at is not a time (" + e.getMessage() + ")", e);
        }
    }

    /** The node caught up: the next start is an ordinary one. */
    public void remove() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + file, e);
        }
    }

    public Path file() {
        return file;
    }
}
