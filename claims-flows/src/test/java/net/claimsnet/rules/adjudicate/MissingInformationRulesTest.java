package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.LineOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertBalanced;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertLineDenied;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;
import static org.assertj.core.api.Assertions.assertThat;

class MissingInformationRulesTest {

    @Test
    void a_line_without_a_date_of_service_is_denied_with_carc_16_and_m52() {
        String rule = "Line without a date of service is denied for missing information";
        assertLineDenied(adjudicate(officeVisitWithLine(line("99213").dateOfService(null).build()).build()), 1,
                "CO-16/M52", rule);
        assertNotFired(rule, adjudicate(officeVisit().build()));
    }

    @Test
    void a_procedure_code_not_on_the_payers_list_is_denied_with_carc_16_and_m51() {
        String rule = "Line with a procedure code the payer does not know is denied for missing information";
        assertLineDenied(adjudicate(officeVisitWithLine(line("0001F").build()).build()), 1, "CO-16/M51", rule);
        assertNotFired(rule, adjudicate(officeVisit().build()));
    }

    @Test
    void a_line_pointing_past_the_diagnoses_is_denied_with_carc_16_and_m76() {
        String rule = "Line without a valid diagnosis pointer is denied for missing information";
        assertLineDenied(adjudicate(officeVisitWithLine(line("99213").diagnosisPointers(3).build()).build()), 1,
                "CO-16/M76", rule);
        assertLineDenied(adjudicate(officeVisitWithLine(line("99213").diagnosisPointers(List.of()).build()).build()), 1,
                "CO-16/M76", rule);
        assertNotFired(rule, adjudicate(officeVisitWithLine(line("99213").diagnosisPointers(2).build()).build()));
    }

    @Test
    void a_line_with_a_zero_charge_is_denied_and_still_balances() {
        String rule = "Line without a charge is denied for missing information";
        AdjudicationResult result = adjudicate(officeVisitWithLine(line("99213").charge("0.00").build()).build());
        assertThat(result.line(1).decision()).isEqualTo(LineOutcome.DENIED);
        assertThat(result.line(1).rulesFired()).contains(rule);
        assertThat(result.line(1).adjustments()).isEmpty();
        assertBalanced(result.line(1));
        assertNotFired(rule, adjudicate(officeVisitWithLine(line("99213").charge("0.01").build()).build()));
    }

    @Test
    void a_line_with_no_units_is_denied_with_carc_16_and_m53() {
        String rule = "Line with no units is denied for missing information";
        assertLineDenied(adjudicate(officeVisitWithLine(line("99213").units(0).build()).build()), 1, "CO-16/M53", rule);
        assertNotFired(rule, adjudicate(officeVisitWithLine(line("99213").units(1).build()).build()));
    }
}
