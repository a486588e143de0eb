package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.ClaimInput;
import net.claimsnet.rules.model.ClaimOutcome;
import net.claimsnet.rules.model.Coverage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertLineDenied;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertLinePended;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.MEMBER_ID;
import static net.claimsnet.rules.fixtures.Claims.PPO;
import static net.claimsnet.rules.fixtures.Claims.RECEIVED;
import static net.claimsnet.rules.fixtures.Claims.SERVICE_DATE;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;
import static org.assertj.core.api.Assertions.assertThat;

class EligibilityRulesTest {

    private static final ClaimInput CLAIM = officeVisit().build();
    private static final BenefitAccumulators NEW_YEAR = BenefitAccumulators.empty(2025);

    private static AdjudicationResult withCoverage(Coverage coverage) {
        return adjudicate(CLAIM, coverage, NEW_YEAR, RECEIVED);
    }

    @Test
    void a_member_without_coverage_on_file_is_denied_with_carc_31() {
        String rule = "Service for a member without coverage on file is denied";
        AdjudicationResult result = withCoverage(null);
        assertLineDenied(result, 1, "CO-31", rule);
        assertThat(result.outcome()).isEqualTo(ClaimOutcome.DENIED);
        assertNotFired(rule, withCoverage(new Coverage(MEMBER_ID, PPO, LocalDate.of(2025, 1, 1), null)));
    }

    @Test
    void coverage_that_names_another_member_cannot_pay() {
        String rule = "Coverage of another member cannot pay the claim";
        assertLineDenied(withCoverage(new Coverage("M-2002", PPO, LocalDate.of(2025, 1, 1), null)), 1, "CO-31", rule);
        assertNotFired(rule, withCoverage(new Coverage(MEMBER_ID, PPO, LocalDate.of(2025, 1, 1), null)));
    }

    @Test
    void a_service_the_day_before_coverage_began_is_denied_with_carc_26() {
        String rule = "Service before the coverage began is denied";
        assertLineDenied(withCoverage(new Coverage(MEMBER_ID, PPO, SERVICE_DATE.plusDays(1), null)), 1, "CO-26", rule);
        assertNotFired(rule, withCoverage(new Coverage(MEMBER_ID, PPO, SERVICE_DATE, null)));
    }

    @Test
    void a_service_the_day_after_coverage_ended_is_denied_with_carc_27() {
        String rule = "Service after the coverage ended is denied";
        var result = withCoverage(new Coverage(MEMBER_ID, PPO, LocalDate.of(2024, 1, 1), SERVICE_DATE.minusDays(1)));
        assertLineDenied(result, 1, "CO-27", rule);
        assertThat(result.line(1).notes()).singleElement().asString().contains("2025-03-02");
        assertNotFired(rule, withCoverage(new Coverage(MEMBER_ID, PPO, LocalDate.of(2024, 1, 1), SERVICE_DATE)));
    }

    @Test
    void coverage_under_a_plan_missing_from_the_reference_data_is_pended_for_an_adjuster() {
        String rule = "Service under a plan missing from the reference data is pended";
        AdjudicationResult result = withCoverage(new Coverage(MEMBER_ID, "ACME-RETIRED-2019", LocalDate.of(2025, 1, 1),
                null));
        assertLinePended(result, 1, rule);
        assertThat(result.outcome()).isEqualTo(ClaimOutcome.PENDED);
        assertNotFired(rule, withCoverage(new Coverage(MEMBER_ID, PPO, LocalDate.of(2025, 1, 1), null)));
    }
}
