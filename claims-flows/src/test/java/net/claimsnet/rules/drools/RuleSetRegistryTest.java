package net.claimsnet.rules.drools;

import net.claimsnet.rules.InMemoryClaimHistory;
import net.claimsnet.rules.RuleSetRejectedException;
import net.claimsnet.rules.RulesSettings;
import net.claimsnet.rules.fixtures.Claims;
import net.claimsnet.rules.fixtures.ConfigCopy;
import net.claimsnet.rules.model.AdjudicationRequest;
import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.ClaimInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hot reload, on a private copy of config: the next claim sees an edit; a broken edit is refused. */
class RuleSetRegistryTest {

    private static final ClaimInput VISIT = Claims.officeVisit().build();

    private static AdjudicationResult adjudicate(DroolsClaimAdjudicator adjudicator) {
        return adjudicator.adjudicate(new AdjudicationRequest(VISIT, Claims.coverage(VISIT),
                BenefitAccumulators.empty(2025), Claims.RECEIVED));
    }

    private static RuleSetRegistry openChecking(ConfigCopy config, Duration interval) {
        return RuleSetRegistry.open(RulesSettings.load(config.root()).withReloadCheckInterval(interval),
                RuleSetKind.ADJUDICATE);
    }

    @Test
    void the_next_claim_after_a_rule_file_changes_uses_the_new_rules_and_version(@TempDir Path directory) {
        ConfigCopy config = ConfigCopy.into(directory);
        try (RuleSetRegistry registry = openChecking(config, Duration.ZERO)) {
            DroolsClaimAdjudicator adjudicator = new DroolsClaimAdjudicator(registry, new InMemoryClaimHistory());
            AdjudicationResult before = adjudicate(adjudicator);
            assertThat(before.line(1).allowed()).isEqualByComparingTo("95.00");

            // The operator cuts in-network pricing to 90% of the fee schedule.
            config.replace("rules/adjudicate/pricing.drl", "$l.priceAt(kcontext, new BigDecimal(\"100\"), null);",
                    "$l.priceAt(kcontext, new BigDecimal(\"90\"), null);");

            AdjudicationResult after = adjudicate(adjudicator);
            assertThat(after.line(1).allowed()).isEqualByComparingTo("85.50");
            assertThat(after.ruleSetVersion()).isNotEqualTo(before.ruleSetVersion());
            assertThat(registry.lastRejection()).isEmpty();
        }
    }

    @Test
    void the_next_claim_after_reference_data_changes_uses_the_new_fee(@TempDir Path directory) {
        ConfigCopy config = ConfigCopy.into(directory);
        try (RuleSetRegistry registry = openChecking(config, Duration.ZERO)) {
            DroolsClaimAdjudicator adjudicator = new DroolsClaimAdjudicator(registry, new InMemoryClaimHistory());
            String before = adjudicate(adjudicator).ruleSetVersion();
            config.replace("reference/fee-schedule.csv", "ACME-2025,99213,,95.00", "ACME-2025,99213,,97.50");
            AdjudicationResult after = adjudicate(adjudicator);
            assertThat(after.line(1).allowed()).isEqualByComparingTo("97.50");
            assertThat(after.ruleSetVersion()).isNotEqualTo(before);
        }
    }

    @Test
    void a_rule_file_that_does_not_compile_is_refused_and_the_previous_version_stays(@TempDir Path directory) {
        ConfigCopy config = ConfigCopy.into(directory);
        try (RuleSetRegistry registry = openChecking(config, Duration.ZERO)) {
            DroolsClaimAdjudicator adjudicator = new DroolsClaimAdjudicator(registry, new InMemoryClaimHistory());
            String inForce = adjudicate(adjudicator).ruleSetVersion();

            config.replace("rules/adjudicate/pricing.drl", "feePerUnit != null, claim.providerInNetwork )",
                    "feePerUnit != null, claim.providerInNetworkk )");

            AdjudicationResult meanwhile = adjudicate(adjudicator);
            assertThat(meanwhile.ruleSetVersion()).isEqualTo(inForce);
            assertThat(meanwhile.line(1).allowed()).isEqualByComparingTo("95.00");
            assertThat(registry.lastRejection()).hasValueSatisfying(rejection -> {
                assertThat(rejection.problems()).anySatisfy(problem -> assertThat(problem)
                        .startsWith("rules/adjudicate/pricing.drl").contains("providerInNetworkk"));
                assertThat(rejection.version()).isNotEqualTo(inForce);
            });
            assertThatThrownBy(registry::reload).isInstanceOf(RuleSetRejectedException.class)
                    .hasMessageContaining("rules/adjudicate/pricing.drl");

            // Fixing the file brings the rule set back to the version that was in force.
            config.replace("rules/adjudicate/pricing.drl", "providerInNetworkk", "providerInNetwork");
            assertThat(adjudicate(adjudicator).ruleSetVersion()).isEqualTo(inForce);
            assertThat(registry.lastRejection()).isEmpty();
        }
    }

    @Test
    void reference_data_that_does_not_parse_is_refused_with_its_line(@TempDir Path directory) {
        ConfigCopy config = ConfigCopy.into(directory);
        try (RuleSetRegistry registry = openChecking(config, Duration.ZERO)) {
            String inForce = registry.current().version();
            config.replace("reference/fee-schedule.csv", "ACME-2025,99213,,95.00", "ACME-2025,99213,,ninety-five");
            assertThatThrownBy(registry::reload).isInstanceOf(RuleSetRejectedException.class)
                    .hasMessageContaining("fee-schedule.csv line").hasMessageContaining("'ninety-five' is not a number");
            assertThat(registry.current().version()).isEqualTo(inForce);
        }
    }

    @Test
    void a_rule_set_that_does_not_compile_at_startup_is_refused(@TempDir Path directory) {
        ConfigCopy config = ConfigCopy.into(directory);
        config.write("rules/adjudicate/broken.drl", "package claimsnet.adjudicate;\nrule \"Half a rule\" when\n");
        assertThatThrownBy(() -> openChecking(config, Duration.ZERO)).isInstanceOf(RuleSetRejectedException.class)
                .hasMessageContaining("rules/adjudicate/broken.drl");
    }

    @Test
    void an_edit_is_noticed_through_file_system_events_without_waiting_for_the_periodic_check(@TempDir Path directory)
            throws InterruptedException {
        ConfigCopy config = ConfigCopy.into(directory);
        try (RuleSetRegistry registry = openChecking(config, Duration.ofHours(1))) {
            String before = registry.current().version();
            config.replace("reference/unit-caps.csv", "97110,6,", "97110,5,");
            String after = before;
            for (int attempt = 0; attempt < 100 && after.equals(before); attempt++) {
                Thread.sleep(100);
                after = registry.current().version();
            }
            assertThat(after).isNotEqualTo(before);
        }
    }
}
