package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.ClaimInput;
import net.claimsnet.rules.model.LineOutcome;
import net.claimsnet.rules.model.Money;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertLineDenied;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.RECEIVED;
import static net.claimsnet.rules.fixtures.Claims.coverage;
import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;
import static org.assertj.core.api.Assertions.assertThat;

class LimitRulesTest {

    @Test
    void the_21st_physical_therapy_visit_of_a_20_visit_plan_is_denied_with_carc_119() {
        String rule = "Visit beyond the plan's yearly visit limit is denied";
        ClaimInput therapy = officeVisitWithLine(line("97110").units(2).charge("120.00").build())
                .diagnosisCodes("M54.50").build();
        assertLineDenied(adjudicate(therapy, coverage(therapy), visitsUsed(20), RECEIVED), 1, "PR-119", rule);
        var twentieth = adjudicate(therapy, coverage(therapy), visitsUsed(19), RECEIVED);
        assertNotFired(rule, twentieth);
        assertThat(twentieth.accumulatorsAfter().visitsUsed("PHYSICAL_THERAPY")).isEqualTo(20);
    }

    @Test
    void acupuncture_after_the_600_dollar_yearly_maximum_is_denied_and_just_before_it_is_reduced() {
        String rule = "Service after the category's yearly benefit maximum is denied";
        ClaimInput acupuncture = officeVisitWithLine(line("97810").build()).diagnosisCodes("M54.50").build();
        assertLineDenied(adjudicate(acupuncture, coverage(acupuncture), acupuncturePaid("600.00"), RECEIVED), 1,
                "PR-119", rule);
        var nearlyExhausted = adjudicate(acupuncture, coverage(acupuncture), acupuncturePaid("599.00"), RECEIVED);
        assertNotFired(rule, nearlyExhausted);
        // Allowed 35.00, copay 25.00; the plan would pay 10.00 but has 1.00 left of its maximum.
        assertThat(nearlyExhausted.line(1).decision()).isEqualTo(LineOutcome.REDUCED);
        assertThat(nearlyExhausted.line(1).paid()).isEqualByComparingTo("1.00");
        assertThat(nearlyExhausted.line(1).adjusted(net.claimsnet.rules.model.GroupCode.PR, "119"))
                .isEqualByComparingTo("9.00");
    }

    private static BenefitAccumulators visitsUsed(int visits) {
        return new BenefitAccumulators(2025, Money.ZERO, Money.ZERO, Map.of("PHYSICAL_THERAPY", visits), Map.of());
    }

    private static BenefitAccumulators acupuncturePaid(String amount) {
        return new BenefitAccumulators(2025, Money.ZERO, Money.ZERO, Map.of(), Map.of("ACUPUNCTURE", Money.of(amount)));
    }
}
