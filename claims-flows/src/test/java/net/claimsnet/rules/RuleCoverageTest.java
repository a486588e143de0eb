package net.claimsnet.rules;

import net.claimsnet.rules.fixtures.RulesFixture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps "one test per rule" true as rules are added: every rule's name must appear in a rule test. */
class RuleCoverageTest {

    private static final Path RULE_TESTS = Path.of("src", "test", "java", "net", "claimsnet", "rules");

    @Test
    void every_shipped_rule_is_named_by_a_rule_test() throws IOException {
        String testSources = testSources();
        Set<String> untested = new TreeSet<>();
        Set<String> rules = new TreeSet<>(RulesFixture.rules().scrubRules().current().ruleNames());
        rules.addAll(RulesFixture.rules().adjudicationRules().current().ruleNames());
        for (String rule : rules) {
            if (!testSources.contains('"' + rule + '"')) {
                untested.add(rule);
            }
        }
        assertThat(rules).hasSizeGreaterThan(70);
        assertThat(untested).as("rules no test names").isEmpty();
    }

    private static String testSources() throws IOException {
        // Surefire runs in the module folder; an IDE may run in the repository root.
        Path folder = Files.isDirectory(RULE_TESTS) ? RULE_TESTS : Path.of("claims-flows").resolve(RULE_TESTS);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith("RulesTest.java")).map(f -> {
                try {
                    return Files.readString(f, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        }
    }
}
