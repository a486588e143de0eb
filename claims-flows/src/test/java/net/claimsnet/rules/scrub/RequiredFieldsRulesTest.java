package net.claimsnet.rules.scrub;

import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Sex;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static net.claimsnet.rules.fixtures.Claims.header;
import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertFinding;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertNoFinding;
import static net.claimsnet.rules.model.Severity.ERROR;
import static org.assertj.core.api.Assertions.assertThat;

class RequiredFieldsRulesTest {

    @Test
    void a_claim_without_a_member_id_is_refused_at_the_member_id() {
        String rule = "Claim without a member id cannot be submitted";
        assertFinding(rule, officeVisit().memberId("  ").build(), ERROR, "memberId");
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void a_claim_without_a_birth_date_is_refused() {
        String rule = "Claim without the patient's birth date cannot be submitted";
        assertFinding(rule, officeVisit().patientBirthDate(null).build(), ERROR, "patientBirthDate");
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void a_claim_without_the_patients_sex_is_refused_but_unknown_sex_is_accepted() {
        String rule = "Claim without the patient's sex cannot be submitted";
        assertFinding(rule, officeVisit().patientSex(null).build(), ERROR, "patientSex");
        assertNoFinding(rule, officeVisit().patientSex(Sex.U).build());
    }

    @Test
    void a_claim_without_a_billing_provider_npi_is_refused() {
        String rule = "Claim without a billing provider NPI cannot be submitted";
        assertFinding(rule, officeVisit().billingProviderNpi(null).build(), ERROR, "billingProviderNpi");
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void a_claim_without_a_plan_is_refused() {
        String rule = "Claim without a plan cannot be submitted";
        assertFinding(rule, officeVisit().planId("").build(), ERROR, "planId");
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void a_claim_without_a_diagnosis_is_refused() {
        String rule = "Claim without a diagnosis cannot be submitted";
        assertFinding(rule, officeVisit().diagnosisCodes(List.of()).build(), ERROR, "diagnosisCodes");
        assertNoFinding(rule, officeVisit().diagnosisCodes("M17.11").build());
    }

    @Test
    void a_claim_with_thirteen_diagnoses_is_refused_and_twelve_are_accepted() {
        String rule = "Claim may list at most twelve diagnoses";
        List<String> twelve = Arrays.asList("M17.11", "I10", "E11.9", "E78.5", "J45.909", "K21.9", "F41.1", "G47.33",
                "M54.50", "R51.9", "E66.01", "I48.91");
        List<String> thirteen = new ArrayList<>(twelve);
        thirteen.add("J44.9");
        assertFinding(rule, officeVisit().diagnosisCodes(thirteen).build(), ERROR, "diagnosisCodes");
        assertNoFinding(rule, officeVisit().diagnosisCodes(twelve).build());
    }

    @Test
    void an_empty_diagnosis_entry_is_refused_at_its_position() {
        String rule = "Diagnosis entry cannot be empty";
        assertFinding(rule, officeVisit().diagnosisCodes(Arrays.asList("M17.11", null)).build(), ERROR,
                "diagnosisCodes[1]");
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void a_claim_without_service_lines_is_refused() {
        String rule = "Claim without service lines cannot be submitted";
        assertFinding(rule, header().build(), ERROR, "serviceLines");
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void a_replacement_claim_must_name_the_original_claim() {
        String rule = "Replacement or void must name the claim it replaces";
        assertFinding(rule, officeVisit().frequencyCode(FrequencyCode.REPLACEMENT).build(), ERROR, "originalClaimId");
        assertNoFinding(rule, officeVisit().frequencyCode(FrequencyCode.REPLACEMENT).originalClaimId("CLM-0").build());
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void a_line_without_a_procedure_code_is_refused_at_that_line() {
        String rule = "Service line without a procedure code cannot be submitted";
        var claim = officeVisit().line(line(null).build()).build();
        assertFinding(rule, claim, ERROR, "serviceLines[1].procedureCode");
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void a_line_without_a_date_of_service_is_refused() {
        String rule = "Service line without a date of service cannot be submitted";
        assertFinding(rule, officeVisitWithLine(line("99213").dateOfService(null).build()).build(), ERROR,
                "serviceLines[0].dateOfService");
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void a_line_must_bill_at_least_one_unit() {
        String rule = "Service line must bill at least one unit";
        assertFinding(rule, officeVisitWithLine(line("99213").units(0).build()).build(), ERROR, "serviceLines[0].units");
        assertNoFinding(rule, officeVisitWithLine(line("99213").units(1).build()).build());
    }

    @Test
    void a_line_must_carry_a_positive_charge() {
        String rule = "Service line must carry a positive charge";
        assertFinding(rule, officeVisitWithLine(line("99213").charge("0.00").build()).build(), ERROR,
                "serviceLines[0].charge");
        assertFinding(rule, officeVisitWithLine(line("99213").charge((String) null).build()).build(), ERROR,
                "serviceLines[0].charge");
        assertNoFinding(rule, officeVisitWithLine(line("99213").charge("0.01").build()).build());
    }

    @Test
    void a_line_without_a_place_of_service_is_refused() {
        String rule = "Service line without a place of service cannot be submitted";
        assertFinding(rule, officeVisitWithLine(line("99213").placeOfService(null).build()).build(), ERROR,
                "serviceLines[0].placeOfService");
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void the_clean_claim_has_no_findings_at_all() {
        assertThat(net.claimsnet.rules.fixtures.RulesFixture.scrub(officeVisit().build()).findings()).isEmpty();
    }
}
