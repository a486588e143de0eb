package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.fixtures.Claims;
import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.LineOutcome;
import net.claimsnet.states.Sex;
import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertLineDenied;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;
import static org.assertj.core.api.Assertions.assertThat;

class CoverageRulesTest {

    @Test
    void cosmetic_dermabrasion_is_denied_as_non_covered_and_billed_to_the_member() {
        String rule = "Service the plan does not cover is denied as non-covered";
        var line = assertLineDenied(adjudicate(officeVisitWithLine(line("15780").charge("900.00").build()).build()), 1,
                "PR-96/N130", rule);
        assertThat(line.patientResponsibility()).isEqualByComparingTo("900.00");
        assertNotFired(rule, adjudicate(officeVisitWithLine(line("15823").build()).diagnosisCodes("H02.831")
                .priorAuthorizationNumber("PA-2025-0042").build()));
    }

    @Test
    void an_hmo_member_seeing_an_out_of_network_doctor_is_denied_with_carc_242_except_in_an_emergency() {
        String rule = "Out-of-network care on a plan without out-of-network benefits is denied";
        var hmo = officeVisit().planId(Claims.HMO).providerInNetwork(false);
        assertLineDenied(adjudicate(hmo.build()), 1, "CO-242", rule);
        AdjudicationResult emergency = adjudicate(officeVisitWithLine(line("99283").placeOfService("23").build())
                .planId(Claims.HMO).providerInNetwork(false).diagnosisCodes("S01.81XA").build());
        assertNotFired(rule, emergency);
        assertThat(emergency.line(1).decision()).isEqualTo(LineOutcome.APPROVED);
    }

    @Test
    void a_hysteroscopy_for_a_male_patient_is_denied_with_carc_7() {
        String rule = "Service that does not fit the patient's sex is denied";
        assertLineDenied(adjudicate(officeVisitWithLine(line("58558").build()).patientSex(Sex.M).build()), 1,
                "CO-7", rule);
        assertNotFired(rule, adjudicate(officeVisitWithLine(line("58558").build()).patientSex(Sex.F).build()));
    }

    @Test
    void a_young_adult_preventive_visit_for_a_44_year_old_is_denied_with_carc_6() {
        String rule = "Service that does not fit the patient's age is denied";
        assertLineDenied(adjudicate(officeVisitWithLine(line("99395").build()).diagnosisCodes("Z00.00").build()), 1,
                "CO-6", rule);
        assertNotFired(rule, adjudicate(officeVisitWithLine(line("99396").build()).diagnosisCodes("Z00.00").build()));
    }
}
