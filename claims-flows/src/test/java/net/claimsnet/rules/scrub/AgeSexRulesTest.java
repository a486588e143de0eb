package net.claimsnet.rules.scrub;

import net.claimsnet.states.Sex;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertFinding;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertNoFinding;
import static net.claimsnet.rules.model.Severity.ERROR;

class AgeSexRulesTest {

    @Test
    void a_prostate_biopsy_for_a_female_patient_is_refused() {
        String rule = "Procedure for one sex must match the patient's sex";
        assertFinding(rule, officeVisitWithLine(line("55700").build()).patientSex(Sex.F).build(), ERROR,
                "serviceLines[0].procedureCode");
        assertNoFinding(rule, officeVisitWithLine(line("55700").build()).patientSex(Sex.M).build());
    }

    @Test
    void an_adult_preventive_visit_code_for_a_44_year_old_is_refused() {
        String rule = "Procedure must suit the patient's age";
        // Born 1980-05-01, seen 2025-03-03: 44 years old. 99395 is for 18-39, 99396 for 40-64.
        assertFinding(rule, officeVisitWithLine(line("99395").build()).build(), ERROR, "serviceLines[0].procedureCode");
        assertNoFinding(rule, officeVisitWithLine(line("99396").build()).build());
    }

    @Test
    void a_pregnancy_diagnosis_for_a_male_patient_is_refused() {
        String rule = "Diagnosis for one sex must match the patient's sex";
        assertFinding(rule, officeVisit().diagnosisCodes("I10", "Z34.00").patientSex(Sex.M).build(), ERROR,
                "diagnosisCodes[1]");
        assertNoFinding(rule, officeVisit().diagnosisCodes("I10", "Z34.00").patientSex(Sex.F).build());
    }

    @Test
    void a_child_health_exam_diagnosis_for_an_adult_is_refused() {
        String rule = "Diagnosis must suit the patient's age";
        assertFinding(rule, officeVisit().diagnosisCodes("Z00.129").build(), ERROR, "diagnosisCodes[0]");
        assertNoFinding(rule, officeVisit().diagnosisCodes("Z00.129").patientBirthDate(LocalDate.of(2015, 6, 1))
                .build());
    }
}
