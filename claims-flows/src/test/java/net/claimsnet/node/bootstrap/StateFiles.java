package net.claimsnet.node.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The bootstrap's files as bytes, to tell what a run changed. */
final class StateFiles {

    private StateFiles() {
    }

    /** Every file under the state directory with its contents. */
    static Map<Path, byte[]> snapshot(NetworkFiles files) {
        Map<Path, byte[]> contents = new HashMap<>();
        try (Stream<Path> walk = Files.walk(files.stateDir())) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                contents.put(file, Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return contents;
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
