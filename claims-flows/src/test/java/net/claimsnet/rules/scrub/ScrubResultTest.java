package net.claimsnet.rules.scrub;

import net.claimsnet.rules.model.Finding;
import net.claimsnet.rules.model.ScrubResult;
import net.claimsnet.rules.model.Severity;
import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.Claims.withLines;
import static net.claimsnet.rules.fixtures.RulesFixture.scrub;
import static org.assertj.core.api.Assertions.assertThat;

class ScrubResultTest {

    @Test
    void a_claim_with_only_warnings_may_be_submitted_and_one_with_an_error_may_not() {
        ScrubResult warningsOnly = scrub(officeVisit().diagnosisCodes("M17.11", "Z99.89").build());
        assertThat(warningsOnly.findings()).extracting(Finding::severity).containsOnly(Severity.WARNING);
        assertThat(warningsOnly.submittable()).isTrue();
        ScrubResult withError = scrub(officeVisit().memberId(null).build());
        assertThat(withError.submittable()).isFalse();
        assertThat(withError.errors()).extracting(Finding::fieldPath).containsExactly("memberId");
    }

    @Test
    void findings_come_in_field_order_and_carry_the_rule_set_version() {
        var claim = withLines(line("99213").units(0).build(), line("97110").units(7).build(), line("99213").build(),
                line("J3301").build(), line("J1100").build(), line("96372").build(), line("36415").build(),
                line("85025").build(), line("80053").build(), line("81002").build(), line("12001").charge("0.00").build())
                .memberId(null).build();
        ScrubResult result = scrub(claim);
        assertThat(result.findings()).extracting(Finding::fieldPath).startsWith("memberId")
                .containsSubsequence("serviceLines[0].units", "serviceLines[1].units", "serviceLines[2].procedureCode",
                        "serviceLines[10].charge")
                .endsWith("serviceLines[10].charge");
        assertThat(result.ruleSetVersion()).matches("[0-9a-f]{64}");
        assertThat(result.claimId()).isEqualTo(claim.claimId());
    }
}
