package net.claimsnet.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/**
 * Where the rules read their files and how often they look for changes. The config root comes from
 * the system property {@code claimsnet.config.dir} (default {@code config}, relative to the working
 * directory); the rest from {@code <config root>/rules/rules.properties}.
 *
 * @param configRoot          the folder holding rules/ and reference/
 * @param reloadCheckInterval how often to re-read the files even without a file-system change event;
 *                            zero re-reads them before every claim (tests)
 */
public record RulesSettings(Path configRoot, Duration reloadCheckInterval) {

    public static final String CONFIG_DIR_PROPERTY = "claimsnet.config.dir";
    static final Duration DEFAULT_RELOAD_CHECK = Duration.ofSeconds(1);

    public Path rulesDir() {
        return configRoot.resolve("rules");
    }

    public Path referenceDir() {
        return configRoot.resolve("reference");
    }

    /** Settings from the system property and config/rules/rules.properties. */
    public static RulesSettings load() {
        return load(Path.of(System.getProperty(CONFIG_DIR_PROPERTY, "config")));
    }

    /** Settings for a given config root, reading its rules/rules.properties when present. */
    public static RulesSettings load(Path configRoot) {
        Properties properties = new Properties();
        Path file = configRoot.resolve("rules").resolve("rules.properties");
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        String interval = properties.getProperty("reload-check-interval-ms");
        Duration reloadCheck = interval == null ? DEFAULT_RELOAD_CHECK : Duration.ofMillis(Long.parseLong(interval.trim()));
        return new RulesSettings(configRoot, reloadCheck);
    }

    public RulesSettings withReloadCheckInterval(Duration interval) {
        return new RulesSettings(configRoot, interval);
    }
}
