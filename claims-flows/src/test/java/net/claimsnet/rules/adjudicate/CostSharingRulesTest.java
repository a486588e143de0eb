package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.ExplainedAdjustment;
import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.ClaimInput;
import net.claimsnet.rules.model.GroupCode;
import net.claimsnet.rules.model.Money;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertFired;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.RECEIVED;
import static net.claimsnet.rules.fixtures.Claims.coverage;
import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.Claims.withLines;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;
import static org.assertj.core.api.Assertions.assertThat;

class CostSharingRulesTest {

    @Test
    void an_in_network_preventive_visit_costs_the_member_nothing() {
        String rule = "In-network preventive care costs the member nothing";
        var checkUp = officeVisitWithLine(line("99396").charge("200.00").build()).diagnosisCodes("Z00.00");
        AdjudicationResult result = adjudicate(checkUp.build());
        assertFired(rule, result);
        assertThat(result.line(1).patientResponsibility()).isEqualByComparingTo("0.00");
        assertThat(result.line(1).paid()).isEqualByComparingTo("145.00");
        assertNotFired(rule, adjudicate(checkUp.providerInNetwork(false).build()));
    }

    @Test
    void an_in_network_office_visit_pays_the_plans_30_dollar_copay() {
        String rule = "In-network line shares cost as the plan's benefit for its category says";
        AdjudicationResult result = adjudicate(officeVisit().build());
        assertFired(rule, result);
        assertThat(result.line(1).adjustments()).extracting(ExplainedAdjustment::code).containsExactly("CO-45", "PR-3");
        assertThat(result.line(1).patientResponsibility()).isEqualByComparingTo("30.00");
        assertThat(result.line(1).paid()).isEqualByComparingTo("65.00");
        assertNotFired(rule, adjudicate(officeVisit().providerInNetwork(false).build()));
    }

    @Test
    void out_of_network_emergency_care_pays_the_in_network_emergency_copay() {
        String rule = "Out-of-network emergency care shares cost as in network";
        var emergency = officeVisitWithLine(line("99285").placeOfService("23").charge("900.00").build())
                .diagnosisCodes("S52.501A");
        ClaimInput outOfNetwork = emergency.providerInNetwork(false).build();
        AdjudicationResult result = adjudicate(outOfNetwork, coverage(outOfNetwork), deductibleMet("500.00"), RECEIVED);
        assertFired(rule, result);
        // Allowed 210.00: copay 150.00, then 20% of 60.00.
        assertThat(result.line(1).adjusted(GroupCode.PR, "3")).isEqualByComparingTo("150.00");
        assertThat(result.line(1).adjusted(GroupCode.PR, "2")).isEqualByComparingTo("12.00");
        assertNotFired(rule, adjudicate(emergency.providerInNetwork(true).build()));
    }

    @Test
    void an_out_of_network_visit_pays_40_percent_coinsurance_after_the_deductible_and_no_copay() {
        String rule = "Out-of-network line pays the out-of-network coinsurance after the deductible";
        ClaimInput outOfNetwork = officeVisit().providerInNetwork(false).build();
        AdjudicationResult result = adjudicate(outOfNetwork, coverage(outOfNetwork), deductibleMet("500.00"), RECEIVED);
        assertFired(rule, result);
        assertThat(result.line(1).adjustments()).extracting(ExplainedAdjustment::code).containsExactly("CO-45", "PR-2");
        assertThat(result.line(1).adjusted(GroupCode.PR, "2")).isEqualByComparingTo("26.60");
        assertThat(result.line(1).paid()).isEqualByComparingTo("39.90");
        assertNotFired(rule, adjudicate(officeVisit().build()));
    }

    @Test
    void cost_sharing_runs_once_per_claim_and_leaves_denied_lines_alone() {
        String rule = "Member cost sharing is applied to priced lines in claim order";
        AdjudicationResult result = adjudicate(withLines(line("99213").charge("150.00").build(),
                line("15780").charge("900.00").build()).build());
        assertThat(result.claimRulesFired()).containsOnlyOnce(rule);
        assertThat(result.line(1).rulesFired()).contains(rule);
        assertThat(result.line(2).rulesFired()).doesNotContain(rule);
    }

    private static BenefitAccumulators deductibleMet(String amount) {
        return new BenefitAccumulators(2025, Money.of(amount), Money.of(amount), Map.of(), Map.of());
    }
}
