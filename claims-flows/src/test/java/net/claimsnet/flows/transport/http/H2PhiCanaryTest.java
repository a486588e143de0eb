package net.claimsnet.flows.transport.http;

import net.claimsnet.storage.jpa.standalone.DatabaseSettings;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canary on an H2 file made as {@code ./network up} now makes it (no {@code CIPHER=AES}): every
 * byte of every file in the database's directory is searched, for the name in UTF-8 and in UTF-16
 * (Java's own strings), after the node closed it.
 */
class H2PhiCanaryTest extends PhiCanaryContract {

    @TempDir
    Path directories;

    @Override
    DatabaseSettings newDatabase() {
        try {
            return DatabaseSettings.h2File(Files.createTempDirectory(directories, "node-"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    List<String> placesHolding(DatabaseSettings database, String text) throws IOException {
        Path directory = Path.of(database.url().substring("jdbc:h2:file:".length(), database.url().indexOf(';'))).getParent();
        List<String> places = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> tree = Files.walk(directory)) {
            files = tree.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("the database file").anyMatch(file -> file.toString().endsWith(".mv.db"));
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            if (contains(content, text.getBytes(StandardCharsets.UTF_8)) || contains(content, text.getBytes(StandardCharsets.UTF_16BE))) {
                places.add(file.getFileName().toString());
            }
        }
        return places;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
