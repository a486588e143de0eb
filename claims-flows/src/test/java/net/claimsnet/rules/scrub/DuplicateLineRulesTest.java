package net.claimsnet.rules.scrub;

import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.withLines;
import static net.claimsnet.rules.fixtures.RulesFixture.findingsOf;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertFinding;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertNoFinding;
import static net.claimsnet.rules.model.Severity.ERROR;
import static org.assertj.core.api.Assertions.assertThat;

class DuplicateLineRulesTest {

    private static final String RULE = "The same service cannot be billed twice on one claim";

    @Test
    void the_same_code_twice_on_one_day_is_refused_on_the_second_line() {
        var finding = assertFinding(RULE, withLines(line("36415").build(), line("36415").build()).build(), ERROR,
                "serviceLines[1].procedureCode");
        assertThat(finding.message()).contains("repeats line 1");
        assertNoFinding(RULE, withLines(line("36415").build(), line("36415").modifiers("76").build()).build());
        assertNoFinding(RULE, withLines(line("73560").modifiers("RT").build(), line("73560").modifiers("LT").build())
                .build());
    }

    @Test
    void three_identical_lines_give_one_finding_per_repeat() {
        var claim = withLines(line("36415").build(), line("36415").build(), line("36415").build()).build();
        assertThat(findingsOf(RULE, claim)).extracting(f -> f.fieldPath())
                .containsExactly("serviceLines[1].procedureCode", "serviceLines[2].procedureCode");
    }
}
