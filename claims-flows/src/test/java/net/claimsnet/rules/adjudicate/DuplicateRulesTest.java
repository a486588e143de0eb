package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.fixtures.RulesFixture;
import net.claimsnet.states.FrequencyCode;
import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertLineDenied;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.Claims.withLines;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;
import static org.assertj.core.api.Assertions.assertThat;

class DuplicateRulesTest {

    @Test
    void a_visit_already_billed_on_an_earlier_claim_is_denied_as_a_duplicate_unless_this_claim_replaces_it() {
        String rule = "Service already billed on an earlier claim is denied as a duplicate";
        var again = officeVisitWithLine(line("99213").dateOfService(RulesFixture.EARLIER_SERVICE_DATE).build());
        var line = assertLineDenied(adjudicate(again.build()), 1, "OA-18", rule);
        assertThat(line.notes()).singleElement().asString().contains(RulesFixture.EARLIER_CLAIM_ID);
        assertNotFired(rule, adjudicate(again.frequencyCode(FrequencyCode.REPLACEMENT)
                .originalClaimId(RulesFixture.EARLIER_CLAIM_ID).build()));
    }

    @Test
    void the_second_of_two_identical_lines_is_denied_as_a_duplicate() {
        String rule = "Service billed twice on the same claim is denied as a duplicate";
        var result = adjudicate(withLines(line("36415").build(), line("36415").build()).build());
        assertLineDenied(result, 2, "OA-18", rule);
        assertThat(result.line(1).rulesFired()).doesNotContain(rule);
        assertNotFired(rule, adjudicate(withLines(line("36415").build(), line("36415").modifiers("76").build()).build()));
    }
}
