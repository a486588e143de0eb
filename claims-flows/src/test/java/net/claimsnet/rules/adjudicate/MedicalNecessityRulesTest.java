package net.claimsnet.rules.adjudicate;

import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertLineDenied;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;

class MedicalNecessityRulesTest {

    @Test
    void a_lumbar_mri_for_plain_low_back_pain_is_denied_but_for_disc_displacement_it_is_paid() {
        String rule = "Service the diagnoses do not support is denied as not medically necessary";
        var lumbarMri = officeVisitWithLine(line("72148").placeOfService("22").build())
                .priorAuthorizationNumber("PA-2025-0042");
        assertLineDenied(adjudicate(lumbarMri.diagnosisCodes("M54.50").build()), 1, "CO-50", rule);
        assertNotFired(rule, adjudicate(lumbarMri.diagnosisCodes("M51.26").build()));
    }
}
