package net.claimsnet.rules.adjudicate;

import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertLineDenied;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.line;
import static net.claimsnet.rules.fixtures.Claims.officeVisitWithLine;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;

class PriorAuthorizationRulesTest {

    private static final String RULE = "Service needing prior authorization is denied without an authorization number";

    @Test
    void a_knee_mri_without_an_authorization_number_is_denied_with_carc_197() {
        var kneeMri = officeVisitWithLine(line("73721").placeOfService("22").build()).diagnosisCodes("M23.221");
        assertLineDenied(adjudicate(kneeMri.build()), 1, "CO-197", RULE);
        assertNotFired(RULE, adjudicate(kneeMri.priorAuthorizationNumber("PA-2025-0042").build()));
    }

    @Test
    void a_brain_mri_in_the_emergency_room_needs_no_authorization() {
        var brainMri = officeVisitWithLine(line("70553").placeOfService("22").build()).diagnosisCodes("G35");
        assertLineDenied(adjudicate(brainMri.build()), 1, "CO-197", RULE);
        assertNotFired(RULE, adjudicate(officeVisitWithLine(line("70553").placeOfService("23").build())
                .diagnosisCodes("G35").build()));
    }
}
