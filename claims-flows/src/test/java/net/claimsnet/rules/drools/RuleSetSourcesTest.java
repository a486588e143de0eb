package net.claimsnet.rules.drools;

import net.claimsnet.rules.fixtures.ConfigCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSetSourcesTest {

    private static String version(ConfigCopy config, RuleSetKind kind) {
        return RuleSetSources.read(config.root().resolve("rules"), config.root().resolve("reference"), kind).version();
    }

    @Test
    void the_version_is_a_sha256_that_is_the_same_for_the_same_files(@TempDir Path one, @TempDir Path two) {
        ConfigCopy first = ConfigCopy.into(one);
        ConfigCopy second = ConfigCopy.into(two);
        assertThat(version(first, RuleSetKind.ADJUDICATE)).matches("[0-9a-f]{64}")
                .isEqualTo(version(second, RuleSetKind.ADJUDICATE));
        assertThat(version(first, RuleSetKind.SCRUB)).isNotEqualTo(version(first, RuleSetKind.ADJUDICATE));
    }

    @Test
    void editing_reference_data_changes_the_version_of_both_rule_sets(@TempDir Path directory) {
        ConfigCopy config = ConfigCopy.into(directory);
        String scrub = version(config, RuleSetKind.SCRUB);
        String adjudicate = version(config, RuleSetKind.ADJUDICATE);
        config.replace("reference/unit-caps.csv", "97110,6,", "97110,5,");
        assertThat(version(config, RuleSetKind.SCRUB)).isNotEqualTo(scrub);
        assertThat(version(config, RuleSetKind.ADJUDICATE)).isNotEqualTo(adjudicate);
    }

    @Test
    void editing_a_readme_or_the_other_rule_set_leaves_the_version_alone(@TempDir Path directory) {
        ConfigCopy config = ConfigCopy.into(directory);
        String adjudicate = version(config, RuleSetKind.ADJUDICATE);
        config.write("reference/README.md", "changed");
        config.replace("rules/scrub/unit-caps.drl", "Check the units.", "Check the units again.");
        assertThat(version(config, RuleSetKind.ADJUDICATE)).isEqualTo(adjudicate);
    }
}
