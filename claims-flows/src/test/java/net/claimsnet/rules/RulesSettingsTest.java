package net.claimsnet.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RulesSettingsTest {

    @Test
    void the_reload_check_interval_is_read_from_rules_properties(@TempDir Path config) throws IOException {
        Files.createDirectories(config.resolve("rules"));
        Files.writeString(config.resolve("rules/rules.properties"), "reload-check-interval-ms = 250\n");
        RulesSettings settings = RulesSettings.load(config);
        assertThat(settings.reloadCheckInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(settings.rulesDir()).isEqualTo(config.resolve("rules"));
        assertThat(settings.referenceDir()).isEqualTo(config.resolve("reference"));
    }

    @Test
    void without_rules_properties_the_files_are_checked_every_second(@TempDir Path config) {
        assertThat(RulesSettings.load(config).reloadCheckInterval()).isEqualTo(Duration.ofSeconds(1));
    }
}
