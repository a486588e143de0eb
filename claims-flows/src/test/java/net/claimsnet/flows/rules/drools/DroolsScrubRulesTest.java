package net.claimsnet.flows.rules.drools;

import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.rules.fixtures.RulesFixture;
import net.claimsnet.rules.model.Severity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The adapter on the shipped scrub rules, for the sample claim of {@link DroolsAdjudicationRulesTest}. */
class DroolsScrubRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    private final DroolsScrubRules rules = new DroolsScrubRules(RulesFixture.rules().scrubber(),
            claim -> DroolsAdjudicationRulesTest.PLAN_ID);

    @Test
    void a_clean_claim_yields_no_findings() {
        assertThat(rules.scrub(DroolsAdjudicationRulesTest.details(), TODAY)).isEmpty();
    }

    @Test
    void a_malformed_icd10_code_yields_an_error_naming_the_field() {
        List<ScrubFinding> findings = rules.scrub(DroolsAdjudicationRulesTest.details("E11.9", "I10."), TODAY);

        assertThat(findings).anySatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.field()).isEqualTo("diagnosisCodes[1]");
            assertThat(finding.message()).isNotBlank();
        });
    }

    @Test
    void a_claim_whose_plan_the_provider_cannot_name_yields_an_error_on_the_plan_id() {
        DroolsScrubRules withoutPlan = new DroolsScrubRules(RulesFixture.rules().scrubber(), claim -> null);

        assertThat(withoutPlan.scrub(DroolsAdjudicationRulesTest.details(), TODAY))
                .anySatisfy(finding -> assertThat(finding.field()).isEqualTo("planId"));
    }
}
