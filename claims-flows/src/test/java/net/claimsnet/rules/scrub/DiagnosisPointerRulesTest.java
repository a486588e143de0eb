package net.claimsnet.rules.scrub;

import org.junit.jupiter.api.Test;

import java.util.List;

import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertFinding;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertNoFinding;
import static net.claimsnet.rules.model.Severity.ERROR;
import static net.claimsnet.rules.model.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

class DiagnosisPointerRulesTest {

    @Test
    void a_line_pointing_to_no_diagnosis_is_refused() {
        String rule = "Service line must point to at least one diagnosis";
        assertFinding(rule, officeVisitWithLine(line("99213").diagnosisPointers(List.of()).build()).build(), ERROR,
                "serviceLines[0].diagnosisPointers");
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void a_pointer_beyond_the_claims_diagnoses_is_refused() {
        String rule = "Diagnosis pointer must name a diagnosis on the claim";
        var finding = assertFinding(rule, officeVisitWithLine(line("99213").diagnosisPointers(1, 3).build()).build(),
                ERROR, "serviceLines[0].diagnosisPointers");
        assertThat(finding.message()).contains("points to diagnosis 3").contains("lists 2");
        assertFinding(rule, officeVisitWithLine(line("99213").diagnosisPointers(0).build()).build(), ERROR,
                "serviceLines[0].diagnosisPointers");
        assertNoFinding(rule, officeVisitWithLine(line("99213").diagnosisPointers(1, 2).build()).build());
    }

    @Test
    void a_line_with_five_pointers_is_refused() {
        String rule = "Service line may point to at most four diagnoses";
        var claim = officeVisitWithLine(line("99213").diagnosisPointers(1, 2, 3, 4, 5).build())
                .diagnosisCodes("M17.11", "I10", "E11.9", "E78.5", "K21.9");
        assertFinding(rule, claim.build(), ERROR, "serviceLines[0].diagnosisPointers");
        assertNoFinding(rule, officeVisitWithLine(line("99213").diagnosisPointers(1, 2, 3, 4).build())
                .diagnosisCodes("M17.11", "I10", "E11.9", "E78.5", "K21.9").build());
    }

    @Test
    void a_line_pointing_twice_to_one_diagnosis_gets_a_warning() {
        String rule = "Service line should not point to one diagnosis twice";
        assertFinding(rule, officeVisitWithLine(line("99213").diagnosisPointers(1, 1).build()).build(), WARNING,
                "serviceLines[0].diagnosisPointers");
        assertNoFinding(rule, officeVisitWithLine(line("99213").diagnosisPointers(1, 2).build()).build());
    }
}
