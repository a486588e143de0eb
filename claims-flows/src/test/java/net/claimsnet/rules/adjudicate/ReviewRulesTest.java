package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.fixtures.Claims;
import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.ClaimOutcome;
import net.claimsnet.rules.model.OutcomeReason;
import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertLinePended;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.Claims.withLines;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewRulesTest {

    @Test
    void seven_units_of_therapeutic_exercise_are_pended_as_unusual_units() {
        String rule = "Units above the medically unlikely limit are pended for review";
        AdjudicationResult result = adjudicate(officeVisitWithLine(line("97110").units(7).charge("420.00").build())
                .diagnosisCodes("M54.50").build());
        assertLinePended(result, 1, rule);
        assertThat(result.outcome()).isEqualTo(ClaimOutcome.PENDED);
        assertNotFired(rule, adjudicate(officeVisitWithLine(line("97110").units(6).charge("360.00").build())
                .diagnosisCodes("M54.50").build()));
    }

    @Test
    void a_level_5_visit_for_a_cold_is_pended_as_possible_upcoding() {
        String rule = "Top-level visit billed only for minor conditions is pended for review";
        assertLinePended(adjudicate(officeVisitWithLine(line("99215").build()).diagnosisCodes("J06.9").build()), 1,
                rule);
        assertNotFired(rule, adjudicate(officeVisitWithLine(line("99215").diagnosisPointers(1, 2).build())
                .diagnosisCodes("J06.9", "I10").build()));
        assertNotFired(rule, adjudicate(officeVisitWithLine(line("99213").build()).diagnosisCodes("J06.9").build()));
    }

    @Test
    void a_line_charge_above_the_plans_threshold_is_pended() {
        String rule = "Line charge above the plan's review threshold is pended";
        var knee = officeVisit().diagnosisCodes("M17.11").priorAuthorizationNumber("PA-2025-0042");
        assertLinePended(adjudicate(knee.serviceLines(java.util.List.of(line("27447").placeOfService("21")
                .charge("10000.01").build())).build()), 1, rule);
        assertNotFired(rule, adjudicate(knee.serviceLines(java.util.List.of(line("27447").placeOfService("21")
                .charge("10000.00").build())).build()));
    }

    @Test
    void an_unclassified_drug_without_a_fee_is_pended_for_manual_pricing() {
        String rule = "Line without a fee schedule amount is pended for manual pricing";
        assertLinePended(adjudicate(officeVisitWithLine(line("J3490").build()).build()), 1, rule);
        assertNotFired(rule, adjudicate(officeVisitWithLine(line("J3301").build()).build()));
    }

    @Test
    void a_claim_total_above_the_plans_threshold_is_held_with_its_lines_priced() {
        String rule = "Claim charge above the plan's review threshold is held for review";
        var big = withLines(line("27447").placeOfService("21").charge("9000.00").build(),
                line("E0260").placeOfService("12").charge("9000.00").build(),
                line("78815").placeOfService("22").charge("9000.00").diagnosisPointers(2).build())
                .diagnosisCodes("M17.11", "C34.90").priorAuthorizationNumber("PA-2025-0042");
        AdjudicationResult held = adjudicate(big.build());
        assertThat(held.claimRulesFired()).contains(rule);
        assertThat(held.outcome()).isEqualTo(ClaimOutcome.PENDED);
        assertThat(held.reasons()).extracting(OutcomeReason::code).containsExactly("REVIEW");
        assertThat(held.line(1).allowed()).isEqualByComparingTo("1350.00");
        assertNotFired(rule, adjudicate(withLines(line("27447").placeOfService("21").charge("8000.00").build(),
                line("E0260").placeOfService("12").charge("8000.00").build(),
                line("78815").placeOfService("22").charge("8000.00").diagnosisPointers(2).build())
                .diagnosisCodes("M17.11", "C34.90").priorAuthorizationNumber("PA-2025-0042").build()));
    }

    @Test
    void a_claim_from_a_watched_provider_is_held_for_review() {
        String rule = "Claim from a provider on the investigations watch list is held for review";
        AdjudicationResult held = adjudicate(officeVisit().billingProviderNpi(Claims.WATCHED_NPI).build());
        assertThat(held.claimRulesFired()).contains(rule);
        assertThat(held.outcome()).isEqualTo(ClaimOutcome.PENDED);
        assertThat(held.reasons()).singleElement().extracting(OutcomeReason::message).asString()
                .contains("watch list");
        assertNotFired(rule, adjudicate(officeVisit().build()));
    }
}
