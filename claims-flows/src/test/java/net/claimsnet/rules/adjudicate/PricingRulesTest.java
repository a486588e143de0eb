package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.model.AdjudicationResult;
import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertFired;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;
import static org.assertj.core.api.Assertions.assertThat;

class PricingRulesTest {

    @Test
    void a_bilateral_joint_injection_is_allowed_150_percent_of_the_fee() {
        String rule = "Payment modifier scales the fee schedule";
        AdjudicationResult bilateral = adjudicate(officeVisitWithLine(line("20610").modifiers("50").charge("200.00")
                .build()).build());
        assertFired(rule, bilateral);
        assertThat(bilateral.line(1).allowed()).isEqualByComparingTo("90.00");
        AdjudicationResult rightKnee = adjudicate(officeVisitWithLine(line("20610").modifiers("RT").charge("200.00")
                .build()).build());
        assertNotFired(rule, rightKnee);
        assertThat(rightKnee.line(1).allowed()).isEqualByComparingTo("60.00");
    }

    @Test
    void an_in_network_visit_is_allowed_the_fee_schedule_amount() {
        String rule = "In-network line is allowed the fee schedule amount";
        AdjudicationResult inNetwork = adjudicate(officeVisit().build());
        assertFired(rule, inNetwork);
        assertThat(inNetwork.line(1).allowed()).isEqualByComparingTo("95.00");
        assertNotFired(rule, adjudicate(officeVisit().providerInNetwork(false).build()));
    }

    @Test
    void a_charge_below_the_fee_schedule_is_allowed_as_billed() {
        AdjudicationResult cheap = adjudicate(officeVisitWithLine(line("99213").charge("80.00").build()).build());
        assertThat(cheap.line(1).allowed()).isEqualByComparingTo("80.00");
        assertThat(cheap.line(1).adjusted(net.claimsnet.rules.model.GroupCode.CO, "45")).isEqualByComparingTo("0.00");
    }

    @Test
    void out_of_network_emergency_care_is_allowed_the_in_network_amount() {
        String rule = "Out-of-network emergency care is allowed the in-network amount";
        var emergency = officeVisitWithLine(line("99283").placeOfService("23").charge("400.00").build())
                .diagnosisCodes("S01.81XA").providerInNetwork(false);
        AdjudicationResult result = adjudicate(emergency.build());
        assertFired(rule, result);
        assertThat(result.line(1).allowed()).isEqualByComparingTo("85.00");
        assertNotFired(rule, adjudicate(emergency.providerInNetwork(true).build()));
    }

    @Test
    void an_out_of_network_visit_is_allowed_70_percent_of_the_fee_schedule_on_the_ppo() {
        String rule = "Out-of-network line is allowed the plan's out-of-network percentage";
        AdjudicationResult result = adjudicate(officeVisit().providerInNetwork(false).build());
        assertFired(rule, result);
        assertThat(result.line(1).allowed()).isEqualByComparingTo("66.50");
        assertNotFired(rule, adjudicate(officeVisit().build()));
    }
}
