package net.claimsnet.node.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The repository's config/nodes, and copies of it that tests may change. */
public final class ConfigFiles {

    private ConfigFiles() {
    }

    /** config/nodes of this repository (tests run in the module directory). */
    public static Path repositoryNodes() {
        Path here = Path.of("config", "nodes");
        return Files.isDirectory(here) ? here : Path.of("..", "config", "nodes");
    }

    /** A copy of config/nodes in {@code directory}. */
    public static Path copyOfNodes(Path directory) {
        try {
            Path target = Files.createDirectories(directory.resolve("nodes"));
            try (Stream<Path> files = Files.list(repositoryNodes())) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".properties"))::iterator) {
                    Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the value of {@code key} in a node file. */
    public static void set(Path file, String key, String value) {
        try {
            String text = Files.readString(file);
            String replaced = text.replaceFirst("(?m)^" + java.util.regex.Pattern.quote(key) + "=.*$",
                    java.util.regex.Matcher.quoteReplacement(key + "=" + value));
            if (replaced.equals(text) && !text.contains(key + "=" + value)) {
                replaced = text + key + "=" + value + "\n";
            }
            Files.writeString(file, replaced);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
