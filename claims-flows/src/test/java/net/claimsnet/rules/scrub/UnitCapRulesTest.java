package net.claimsnet.rules.scrub;

import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertFinding;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertNoFinding;
import static net.claimsnet.rules.model.Severity.ERROR;
import static org.assertj.core.api.Assertions.assertThat;

class UnitCapRulesTest {

    @Test
    void seven_units_of_therapeutic_exercise_on_one_day_are_refused_and_six_are_accepted() {
        String rule = "Units above the medically unlikely limit are refused";
        var finding = assertFinding(rule, officeVisitWithLine(line("97110").units(7).build()).build(), ERROR,
                "serviceLines[0].units");
        assertThat(finding.message()).contains("7 units").contains("at most 6");
        assertNoFinding(rule, officeVisitWithLine(line("97110").units(6).build()).build());
    }
}
