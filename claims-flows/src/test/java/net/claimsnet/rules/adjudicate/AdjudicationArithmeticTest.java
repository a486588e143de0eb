package net.claimsnet.rules.adjudicate;

import net.claimsnet.rules.fixtures.RulesFixture;
import net.claimsnet.rules.fixtures.SampleClaims;
import net.claimsnet.rules.model.AdjudicationRequest;
import net.claimsnet.rules.model.AdjudicationResult;
import net.claimsnet.rules.model.ClaimOutcome;
import net.claimsnet.rules.model.LineResult;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static net.claimsnet.rules.fixtures.AdjudicationAssertions.assertBalanced;
import static org.assertj.core.api.Assertions.assertThat;

/** DOMAIN.md's arithmetic holds on every line of two thousand varied claims, whatever the rules decided. */
class AdjudicationArithmeticTest {

    @Test
    void every_line_of_random_claims_balances_to_the_cent() {
        SampleClaims samples = new SampleClaims(RulesFixture.rules().adjudicationRules().current().referenceData(), 42L);
        Set<ClaimOutcome> outcomes = EnumSet.noneOf(ClaimOutcome.class);
        for (AdjudicationRequest request : samples.adjudicationRequests(2000)) {
            AdjudicationResult result = RulesFixture.rules().adjudicator().adjudicate(request);
            outcomes.add(result.outcome());
            assertThat(result.lines()).hasSameSizeAs(request.claim().serviceLines());
            for (LineResult line : result.lines()) {
                assertBalanced(line);
                assertThat(line.adjustments()).allSatisfy(a -> assertThat(a.amount()).isPositive());
            }
            assertThat(result.accumulatorsAfter().outOfPocketMet())
                    .isGreaterThanOrEqualTo(request.accumulators().outOfPocketMet());
        }
        assertThat(outcomes).containsExactlyInAnyOrder(ClaimOutcome.values());
    }
}
