package net.claimsnet.rules.scrub;

import net.claimsnet.rules.fixtures.Claims;
import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.withLines;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertFinding;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertNoFinding;
import static net.claimsnet.rules.model.Severity.ERROR;
import static org.assertj.core.api.Assertions.assertThat;

class ProcedurePairRulesTest {

    @Test
    void a_visit_on_the_day_of_a_joint_injection_needs_modifier_25() {
        String rule = "Procedure pair billed on one day needs a distinct-service modifier";
        var finding = assertFinding(rule, withLines(line("20610").build(), line("99213").build()).build(), ERROR,
                "serviceLines[1].modifiers");
        assertThat(finding.message()).contains("line 1 (20610)");
        assertNoFinding(rule, withLines(line("20610").build(), line("99213").modifiers("25").build()).build());
        assertNoFinding(rule, withLines(line("20610").build(),
                line("99213").dateOfService(Claims.SERVICE_DATE.plusDays(1)).build()).build());
    }

    @Test
    void cartilage_debridement_with_a_meniscectomy_is_refused_even_with_a_modifier() {
        String rule = "Procedure pair that is never billed together is refused";
        assertFinding(rule, withLines(line("29881").build(), line("29877").modifiers("59").build()).build(), ERROR,
                "serviceLines[1].procedureCode");
        assertNoFinding(rule, withLines(line("29881").build(),
                line("29877").dateOfService(Claims.SERVICE_DATE.minusDays(7)).build()).build());
    }
}
