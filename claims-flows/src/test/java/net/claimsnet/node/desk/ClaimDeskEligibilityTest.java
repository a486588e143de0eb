package net.claimsnet.node.desk;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.ClaimNetwork;
import net.claimsnet.flows.claim.EligibilityAnswer;
import net.claimsnet.flows.claim.EligibilityFlow;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.states.BenefitAccumulatorState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The member look-up before a claim is written: the provider asks, the insurer answers from its vault
 * (coverage, cost sharing, what remains of the plan year's accumulators), to providers only, and records
 * each answer.
 */
class ClaimDeskEligibilityTest {

    private static final DeskUser ST_MARY_BILLING = DeskUser.of("billing@stmary", DeskRole.BILLING);
    private static final DeskUser ADJUSTER = DeskUser.of("adjuster@acme", DeskRole.ADJUSTER);

    private final ClaimNetwork net = new ClaimNetwork();
    private final ClaimDesk stMary = desk(net.stMary());
    private final ClaimDesk insurer = desk(net.insurer());

    private ClaimDesk desk(Node node) {
        return new ClaimDesk(node, net.network.auditTrail(node.name()), handle -> net.network.runNetwork());
    }

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void aCoveredMemberIsAnsweredWithThePlanAndAllOfItsLimitsBeforeAnyClaim() {
        EligibilityAnswer answer = stMary.eligibility(ST_MARY_BILLING, ST_MARY_MEMBER, SampleClaims.DATE_OF_SERVICE, null);

        assertThat(answer.isCovered()).isTrue();
        assertThat(answer.getPlanId()).isEqualTo(net.coverage(ST_MARY_MEMBER).getPlanId());
        assertThat(answer.getPeriodStart()).isBeforeOrEqualTo(SampleClaims.DATE_OF_SERVICE);
        assertThat(answer.getPeriodEnd()).isAfterOrEqualTo(SampleClaims.DATE_OF_SERVICE);
        assertThat(answer.getDeductibleRemaining()).isEqualByComparingTo(ClaimNetwork.DEDUCTIBLE);
        assertThat(answer.getOutOfPocketRemaining()).isEqualByComparingTo(answer.getOutOfPocketMaximum());
        assertThat(answer.getCoinsurancePercent()).isEqualTo(20);
    }

    @Test
    void whatRemainsFollowsTheAccumulatorOnceAClaimIsAdjudicated() {
        ClaimDesk.idOf(net.insurerAdjudicates(net.providerSubmits(net.stMary()).getLinearId()));
        BenefitAccumulatorState met = net.accumulator(ST_MARY_MEMBER);

        EligibilityAnswer answer = stMary.eligibility(ST_MARY_BILLING, ST_MARY_MEMBER, SampleClaims.DATE_OF_SERVICE, null);

        assertThat(met.getDeductibleMet()).isPositive();
        assertThat(answer.getDeductibleRemaining())
                .isEqualByComparingTo(met.getDeductibleLimit().subtract(met.getDeductibleMet()).max(BigDecimal.ZERO));
        assertThat(answer.getOutOfPocketRemaining())
                .isEqualByComparingTo(met.getOutOfPocketLimit().subtract(met.getOutOfPocketMet()));
    }

    @Test
    void anUnknownMemberOrADateOutsideTheCoverageIsNotCovered() {
        assertThat(stMary.eligibility(ST_MARY_BILLING, "M-NOBODY", SampleClaims.DATE_OF_SERVICE, null).isCovered()).isFalse();
        LocalDate afterThePlanYear = net.coverage(ST_MARY_MEMBER).getPeriodEnd().plusDays(1);
        EligibilityAnswer answer = stMary.eligibility(ST_MARY_BILLING, ST_MARY_MEMBER, afterThePlanYear, null);
        assertThat(answer.isCovered()).isFalse();
        assertThat(answer.getPlanId()).isNull();
        assertThat(answer.getDeductibleRemaining()).isNull();
    }

    @Test
    void theInsurerRecordsEachAnswerUnderTheCoverageAndTheProviderEachQuestion() {
        EligibilityAnswer answer = stMary.eligibility(ST_MARY_BILLING, ST_MARY_MEMBER, SampleClaims.DATE_OF_SERVICE, null);

        assertThat(net.network.auditTrail(InMemoryNetwork.INSURER).entriesFor(answer.getCoverageId(), 5))
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("DISCLOSE_ELIGIBILITY");
                    assertThat(e.detail()).isEqualTo("to St. Mary Hospital");
                });
        assertThat(net.network.auditTrail(InMemoryNetwork.ST_MARY).entries())
                .anySatisfy(e -> {
                    assertThat(e.actor()).isEqualTo("billing@stmary");
                    assertThat(e.action()).isEqualTo("ELIGIBILITY");
                });
    }

    @Test
    void onlyAProvidersBillingStaffMayAsk() {
        assertThatThrownBy(() -> insurer.eligibility(ADJUSTER, ST_MARY_MEMBER, SampleClaims.DATE_OF_SERVICE, null))
                .isInstanceOf(DeskAccessDeniedException.class);
        assertThatThrownBy(() -> stMary.eligibility(ST_MARY_BILLING, " ", SampleClaims.DATE_OF_SERVICE, null))
                .isInstanceOf(InvalidDeskInputException.class).hasMessageContaining("member id");
    }

    @Test
    void theInsurerAnswersProvidersOnly() {
        String failure = net.failureOf(net.auditor().startFlow(
                new EligibilityFlow.Initiator(InMemoryNetwork.INSURER, ST_MARY_MEMBER, SampleClaims.DATE_OF_SERVICE)));

        assertThat(failure).contains("answers eligibility questions from providers only");
    }
}
