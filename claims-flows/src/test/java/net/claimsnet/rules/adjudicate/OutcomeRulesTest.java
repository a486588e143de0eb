package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.ClaimOutcome;
import net.claimsnet.rules.model.OutcomeReason;
import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.Claims.withLines;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;
import static org.assertj.core.api.Assertions.assertThat;

class OutcomeRulesTest {

    private static final AdjudicationResult CLEAN = adjudicate(officeVisit().build());
    private static final AdjudicationResult COSMETIC_ONLY = adjudicate(officeVisitWithLine(line("15780").build())
            .build());
    private static final AdjudicationResult VISIT_AND_COSMETIC = adjudicate(withLines(line("99213").build(),
            line("15780").build()).build());
    private static final AdjudicationResult UNPRICED_DRUG = adjudicate(withLines(line("99213").build(),
            line("J3490").build()).build());

    @Test
    void a_claim_with_a_pended_line_is_pended_with_the_reason_in_words() {
        String rule = "Claim with a pended line or a review hold is pended";
        assertThat(UNPRICED_DRUG.outcome()).isEqualTo(ClaimOutcome.PENDED);
        assertThat(UNPRICED_DRUG.claimRulesFired()).contains(rule);
        assertThat(UNPRICED_DRUG.reasons()).extracting(OutcomeReason::code).containsExactly("OA-133");
        assertThat(UNPRICED_DRUG.reasons().get(0).message()).startsWith("Line 2: ").contains("J3490");
        assertNotFired(rule, CLEAN);
    }

    @Test
    void a_claim_whose_only_line_is_denied_is_denied() {
        String rule = "Claim whose lines are all denied is denied";
        assertThat(COSMETIC_ONLY.outcome()).isEqualTo(ClaimOutcome.DENIED);
        assertThat(COSMETIC_ONLY.claimRulesFired()).contains(rule);
        assertThat(COSMETIC_ONLY.reasons()).extracting(OutcomeReason::code).containsExactly("PR-96/N130");
        assertNotFired(rule, CLEAN);
    }

    @Test
    void a_claim_with_a_paid_and_a_denied_line_is_partially_approved() {
        String rule = "Claim with some lines denied or reduced is partially approved";
        assertThat(VISIT_AND_COSMETIC.outcome()).isEqualTo(ClaimOutcome.PARTIALLY_APPROVED);
        assertThat(VISIT_AND_COSMETIC.claimRulesFired()).contains(rule);
        assertThat(VISIT_AND_COSMETIC.reasons()).extracting(OutcomeReason::message)
                .containsExactly("Line 2: Plan ACME-PPO-GOLD does not cover cosmetic services; the member may be billed.");
        assertNotFired(rule, CLEAN);
        assertNotFired(rule, COSMETIC_ONLY);
    }

    @Test
    void a_claim_whose_lines_are_all_approved_is_approved_without_reasons() {
        String rule = "Claim whose lines are all approved is approved";
        assertThat(CLEAN.outcome()).isEqualTo(ClaimOutcome.APPROVED);
        assertThat(CLEAN.claimRulesFired()).contains(rule);
        assertThat(CLEAN.reasons()).isEmpty();
        assertNotFired(rule, VISIT_AND_COSMETIC);
    }
}
