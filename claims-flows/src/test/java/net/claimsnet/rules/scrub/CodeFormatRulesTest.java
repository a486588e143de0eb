package net.claimsnet.rules.scrub;

import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertFinding;
import static net.claimsnet.rules.fixtures.ScrubAssertions.assertNoFinding;
import static net.claimsnet.rules.model.Severity.ERROR;
import static net.claimsnet.rules.model.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

class CodeFormatRulesTest {

    @Test
    void an_npi_with_a_wrong_check_digit_is_refused() {
        String rule = "Billing provider NPI must pass the check-digit test";
        var finding = assertFinding(rule, officeVisit().billingProviderNpi("1497758545").build(), ERROR,
                "billingProviderNpi");
        assertThat(finding.message()).contains("1497758545");
        assertNoFinding(rule, officeVisit().billingProviderNpi("1234567893").build());
    }

    @Test
    void a_plan_the_payer_does_not_offer_is_refused() {
        String rule = "Plan must be one the payer offers";
        assertFinding(rule, officeVisit().planId("ACME-GOLDEN-TICKET").build(), ERROR, "planId");
        assertNoFinding(rule, officeVisit().planId("ACME-HMO-SILVER").build());
    }

    @Test
    void a_malformed_diagnosis_code_is_refused_at_its_position() {
        String rule = "Diagnosis code must be a well-formed ICD-10-CM code";
        assertFinding(rule, officeVisit().diagnosisCodes("M17.11", "I10.").build(), ERROR, "diagnosisCodes[1]");
        assertFinding(rule, officeVisit().diagnosisCodes("m17.11", "I10").build(), ERROR, "diagnosisCodes[0]");
        assertNoFinding(rule, officeVisit().diagnosisCodes("M17.11", "S72.001A").build());
    }

    @Test
    void a_well_formed_diagnosis_missing_from_the_code_list_is_only_a_warning() {
        String rule = "Diagnosis code missing from the payer's list is flagged";
        assertFinding(rule, officeVisit().diagnosisCodes("M17.11", "Z99.89").build(), WARNING, "diagnosisCodes[1]");
        assertNoFinding(rule, officeVisit().diagnosisCodes("M17.11", "ABC").build());
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void an_external_cause_code_listed_first_is_refused_but_accepted_second() {
        String rule = "External cause code cannot be the principal diagnosis";
        assertFinding(rule, officeVisit().diagnosisCodes("W19.XXXA", "S52.501A").build(), ERROR, "diagnosisCodes[0]");
        assertNoFinding(rule, officeVisit().diagnosisCodes("S52.501A", "W19.XXXA").build());
    }

    @Test
    void a_malformed_procedure_code_is_refused() {
        String rule = "Procedure code must be a well-formed CPT or HCPCS code";
        assertFinding(rule, officeVisitWithLine(line("9921").build()).build(), ERROR, "serviceLines[0].procedureCode");
        assertFinding(rule, officeVisitWithLine(line("99213X").build()).build(), ERROR, "serviceLines[0].procedureCode");
        assertNoFinding(rule, officeVisitWithLine(line("J3301").build()).build());
        assertNoFinding(rule, officeVisitWithLine(line("0001F").build()).build());
    }

    @Test
    void a_well_formed_procedure_missing_from_the_code_list_is_only_a_warning() {
        String rule = "Procedure code missing from the payer's list is flagged";
        assertFinding(rule, officeVisitWithLine(line("0001F").build()).build(), WARNING, "serviceLines[0].procedureCode");
        assertNoFinding(rule, officeVisit().build());
    }

    @Test
    void an_unknown_modifier_is_refused() {
        String rule = "Modifier must be one the payer recognises";
        var finding = assertFinding(rule, officeVisitWithLine(line("99213").modifiers("25", "ZZ").build()).build(),
                ERROR, "serviceLines[0].modifiers");
        assertThat(finding.message()).contains("'ZZ'");
        assertNoFinding(rule, officeVisitWithLine(line("99213").modifiers("25").build()).build());
    }

    @Test
    void a_line_with_five_modifiers_is_refused() {
        String rule = "Service line may carry at most four modifiers";
        assertFinding(rule, officeVisitWithLine(line("20610").modifiers("RT", "59", "XU", "KX", "GA").build()).build(),
                ERROR, "serviceLines[0].modifiers");
        assertNoFinding(rule, officeVisitWithLine(line("20610").modifiers("RT", "59", "XU", "KX").build()).build());
    }

    @Test
    void a_place_of_service_that_is_not_two_digits_is_refused() {
        String rule = "Place of service must be a two-digit code";
        assertFinding(rule, officeVisitWithLine(line("99213").placeOfService("OF").build()).build(), ERROR,
                "serviceLines[0].placeOfService");
        assertNoFinding(rule, officeVisitWithLine(line("99213").placeOfService("22").build()).build());
    }

    @Test
    void an_unassigned_place_of_service_is_refused() {
        String rule = "Place of service must be one the payer recognises";
        assertFinding(rule, officeVisitWithLine(line("99213").placeOfService("98").build()).build(), ERROR,
                "serviceLines[0].placeOfService");
        assertNoFinding(rule, officeVisitWithLine(line("99213").placeOfService("24").build()).build());
    }
}
