package net.claimsnet.web.desk.billing;

import net.claimsnet.flows.rules.ScrubFinding;
import net.claimsnet.rules.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FormFindingsTest {

    private static ScrubFinding error(String rule, String field) {
        return ScrubFinding.error(rule, field, rule + " message");
    }

    @Test
    void eachFindingLandsOnTheInputItNamesInEitherDialect() {
        FormFindings findings = FormFindings.place(List.of(
                error("birth-rules", "patientBirthDate"),
                error("birth-api", "patient.birthDate"),
                error("member", "memberId"),
                error("npi", "billingProviderNpi"),
                error("plan", "planId"),
                error("sex", "patientSex")), 1, List.of(0));

        assertThat(findings.at("birthDate")).extracting(ShownFinding::getRule).containsExactly("birth-rules", "birth-api");
        assertThat(findings.at("memberId")).extracting(ShownFinding::getRule).containsExactly("member");
        assertThat(findings.at("billingProviderNpi")).extracting(ShownFinding::getRule).containsExactly("npi");
        assertThat(findings.at("planId")).extracting(ShownFinding::getRule).containsExactly("plan");
        assertThat(findings.at("sex")).extracting(ShownFinding::getRule).containsExactly("sex");
        assertThat(findings.getUnplaced()).isEmpty();
        assertThat(findings.getErrorCount()).isEqualTo(6);
    }

    @Test
    void lineFindingsLandOnTheirLinesInputAndListIndexesAreDropped() {
        FormFindings findings = FormFindings.place(List.of(
                error("procedure-format", "serviceLines[1].procedureCode"),
                error("modifier", "serviceLines[0].modifiers[2]"),
                error("pointer", "serviceLines[0].diagnosisPointers")), 2, List.of(0));

        assertThat(findings.atLine(1, "procedureCode")).extracting(ShownFinding::getRule).containsExactly("procedure-format");
        assertThat(findings.atLine(0, "procedureCode")).isEmpty();
        assertThat(findings.atLine(0, "modifiers")).extracting(ShownFinding::getRule).containsExactly("modifier");
        assertThat(findings.atLine(0, "diagnosisPointers")).extracting(ShownFinding::getRule).containsExactly("pointer");
    }

    @Test
    void aDiagnosisFindingLandsOnTheFormsRowOfThatDiagnosis() {
        // The form's row 1 was blank: the claim's second diagnosis is the form's row 2.
        FormFindings findings = FormFindings.place(List.of(error("icd10-format", "diagnosisCodes[1]")), 1, List.of(0, 2));

        assertThat(findings.atDiagnosis(2)).extracting(ShownFinding::getRule).containsExactly("icd10-format");
        assertThat(findings.atDiagnosis(1)).isEmpty();
    }

    @Test
    void findingsNoInputShowsGoInTheListWithTheirRule() {
        FormFindings findings = FormFindings.place(List.of(
                error("original", "originalClaimId"),
                error("whole-claim", null),
                error("gone-line", "serviceLines[3].units"),
                error("line-required", "serviceLines"),
                new ScrubFinding("filing-window", "serviceLines[0].dateOfService", "Submit today.", Severity.WARNING)),
                1, List.of(0));

        assertThat(findings.getUnplaced()).extracting(ShownFinding::getRule)
                .containsExactly("original", "whole-claim", "gone-line", "line-required");
        assertThat(findings.atLine(0, "dateOfService")).singleElement().satisfies(f -> {
            assertThat(f.isError()).isFalse();
            assertThat(f.getStyleClass()).isEqualTo("finding-warning");
        });
        assertThat(findings.getWarningCount()).isEqualTo(1);
    }
}
