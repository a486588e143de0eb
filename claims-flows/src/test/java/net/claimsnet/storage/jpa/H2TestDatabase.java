package net.claimsnet.storage.jpa;

import net.claimsnet.storage.jpa.standalone.DatabaseSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** An H2 database file in a temporary directory, as a node keeps it under .network/data. */
final class H2TestDatabase implements TestDatabase {

    private final Path directory;

    H2TestDatabase() {
        try {
            this.directory = Files.createTempDirectory("claimsnet-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public DatabaseSettings settings() {
        return DatabaseSettings.h2File(directory);
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
