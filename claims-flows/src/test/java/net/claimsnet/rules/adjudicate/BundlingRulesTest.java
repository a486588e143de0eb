package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.fixtures.Claims;
import net.claimsnet.rules.model.LineOutcome;
import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertLineDenied;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.withLines;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;
import static org.assertj.core.api.Assertions.assertThat;

class BundlingRulesTest {

    private static final String RULE = "Component billed with its comprehensive procedure on one day is bundled";

    @Test
    void cartilage_debridement_billed_with_a_meniscectomy_is_bundled_into_it() {
        var sameDay = withLines(line("29881").placeOfService("24").charge("3000.00").build(),
                line("29877").placeOfService("24").charge("2500.00").build()).diagnosisCodes("S83.241A");
        var result = adjudicate(sameDay.build());
        assertLineDenied(result, 2, "CO-97/M15", RULE);
        assertThat(result.line(1).decision()).isEqualTo(LineOutcome.APPROVED);
        assertNotFired(RULE, adjudicate(withLines(line("29881").placeOfService("24").build(),
                line("29877").placeOfService("24").dateOfService(Claims.SERVICE_DATE.minusDays(30)).build())
                .diagnosisCodes("S83.241A").build()));
    }

    @Test
    void a_separately_identifiable_visit_with_modifier_25_is_not_bundled_into_a_joint_injection() {
        var injection = line("20610").build();
        assertLineDenied(adjudicate(withLines(injection, line("99213").build()).build()), 2, "CO-97/M15", RULE);
        assertNotFired(RULE, adjudicate(withLines(injection, line("99213").modifiers("25").build()).build()));
    }
}
