package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.fixtures.Claims;
import net.claimsnet.rules.model.BenefitAccumulators;
import net.claimsnet.rules.model.ClaimInput;
import org.junit.jupiter.api.Test;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertLineDenied;
import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertNotFired;
import static net.claimsnet.rules.fixtures.Claims.SERVICE_DATE;
import static net.claimsnet.rules.fixtures.Claims.officeVisit;
import static net.claimsnet.rules.fixtures.RulesFixture.adjudicate;

class TimelyFilingRulesTest {

    @Test
    void a_claim_received_on_day_181_of_a_180_day_limit_is_denied_with_carc_29() {
        String rule = "Claim received after the timely filing limit is denied";
        ClaimInput claim = officeVisit().build();
        assertLineDenied(adjudicate(claim, Claims.coverage(claim), BenefitAccumulators.empty(2025),
                SERVICE_DATE.plusDays(181)), 1, "CO-29", rule);
        assertNotFired(rule, adjudicate(claim, Claims.coverage(claim), BenefitAccumulators.empty(2025),
                SERVICE_DATE.plusDays(180)));
    }
}
