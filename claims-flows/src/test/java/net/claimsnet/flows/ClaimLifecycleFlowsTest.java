package net.claimsnet.flows;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.rules.AdjudicationDecision;
import net.claimsnet.flows.rules.AdjudicationRulesPort;
import net.claimsnet.flows.rules.FixedPercentageAdjudicationRules;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.PendReason;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.LineDecision;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static net.claimsnet.contracts.SampleClaims.money;
import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static net.claimsnet.flows.ClaimNetwork.claimAt;
import static net.claimsnet.flows.ClaimNetwork.claimIn;
import static net.claimsnet.flows.ClaimNetwork.historyAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every lifecycle flow's happy path on the deterministic network, checking every party's vault:
 * the claim's parties hold it, the auditor holds it (the insurer granted it the providers' claims),
 * the other provider does not.
 */
class ClaimLifecycleFlowsTest {

    /** 99213 needs prior authorization: the sample claim's first line is denied until an appeal brings documents. */
    private final ClaimNetwork net = new ClaimNetwork(InMemoryNetwork.deterministic()
            .adjudicationRules(new FixedPercentageAdjudicationRules(80, Set.of("99213"))));

    @AfterEach
    void close() {
        net.close();
    }

    private void assertHeldByPartiesAndAuditorOnly(ClaimState claim) {
        assertThat(claimAt(net.stMary(), claim.getLinearId())).hasValue(claim);
        assertThat(claimAt(net.insurer(), claim.getLinearId())).hasValue(claim);
        assertThat(claimAt(net.auditor(), claim.getLinearId())).hasValue(claim);
        assertThat(claimAt(net.lakeside(), claim.getLinearId())).isEmpty();
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void submittingRecordsTheClaimNotarisedInsideItsFilingWindowWithProviderInsurerAndAuditor() {
        ClaimDetails details = SampleClaims.details(ST_MARY_MEMBER);
        SignedTransaction submission = net.finish(net.stMary().startFlow(
                new SubmitClaimFlow.Initiator(details, InMemoryNetwork.INSURER)));

        ClaimState claim = claimIn(submission);
        assertThat(claim.getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.getClaim()).isEqualTo(details);
        assertThat(claim.getCoverageId()).isEqualTo(net.coverage(ST_MARY_MEMBER).getLinearId());
        assertThat(submission.getTx().getTimeWindow().contains(net.network.clock().instant())).isTrue();
        assertThat(submission.getSigs()).extracting(s -> s.getBy()).containsExactlyInAnyOrder(
                net.stMary().identity().getOwningKey(), net.insurer().identity().getOwningKey(),
                net.notary().identity().getOwningKey());
        for (var node : List.of(net.stMary(), net.insurer(), net.auditor())) {
            assertThat(node.ledger().transactions().contains(submission.getId())).isTrue();
        }
        assertHeldByPartiesAndAuditorOnly(claim);
    }

    @Test
    void adjudicatingAppliesTheDecisionToTheMembersAccumulatorAndTheProviderCountersigns() {
        ClaimState submitted = net.providerSubmits(net.stMary());
        BenefitAccumulatorState before = net.accumulator(ST_MARY_MEMBER);

        ClaimState adjudicated = net.insurerAdjudicates(submitted.getLinearId());

        // Line 1 (99213) lacks its prior authorization; line 2 (85025, 40.00) is allowed 32.00, all deductible.
        assertThat(adjudicated.getStatus()).isEqualTo(ClaimStatus.PARTIALLY_APPROVED);
        assertThat(adjudicated.getAdjudication().getLines()).extracting(l -> l.getDecision())
                .containsExactly(LineDecision.DENIED, LineDecision.APPROVED);
        BenefitAccumulatorState after = net.accumulator(ST_MARY_MEMBER);
        assertThat(after.getDeductibleMet()).isEqualByComparingTo(before.getDeductibleMet().add(money("32.00")));
        assertThat(after.getOutOfPocketMet()).isEqualByComparingTo(money("32.00"));
        assertThat(net.auditor().ledger().vault().latest(after.getLinearId(), BenefitAccumulatorState.class)
                .map(s -> s.getState().getData())).hasValue(after);
        assertThat(net.stMary().ledger().vault().unconsumed(BenefitAccumulatorState.class)).isEmpty();
        assertHeldByPartiesAndAuditorOnly(adjudicated);
    }

    @Test
    void settlingRecordsThePaymentReferenceAndTheAmountTheAdjudicationPays() {
        ClaimState submitted = net.providerSubmits(net.stMary(), SampleClaims.details(ST_MARY_MEMBER)
                .withPriorAuthorizationNumber("PA-77"));
        ClaimState adjudicated = net.insurerAdjudicates(submitted.getLinearId());
        assertThat(adjudicated.getStatus()).isEqualTo(ClaimStatus.APPROVED);

        ClaimState settled = net.insurerSettles(submitted.getLinearId(), "EFT-20250401-0001");

        assertThat(settled.getStatus()).isEqualTo(ClaimStatus.SETTLED);
        assertThat(settled.getSettlement().getEftTraceNumber()).isEqualTo("EFT-20250401-0001");
        // 152.00 allowed: 100.00 deductible, 20% of 52.00 coinsurance, 41.60 paid.
        assertThat(settled.getSettlement().getAmount()).isEqualByComparingTo(money("41.60"));
        assertThat(historyAt(net.stMary(), settled.getLinearId())).hasSize(3);
        assertThat(historyAt(net.auditor(), settled.getLinearId())).hasSize(3);
        assertHeldByPartiesAndAuditorOnly(settled);
    }

    @Test
    void anInsurersQuestionAndTheProvidersAnswerReachBothPartiesAndTheAuditor() {
        ClaimState submitted = net.providerSubmits(net.stMary());

        ClaimState asked = net.insurerRequestsInformation(submitted.getLinearId(), "Please send the operative report.");
        assertThat(asked.getStatus()).isEqualTo(ClaimStatus.INFO_REQUESTED);
        assertHeldByPartiesAndAuditorOnly(asked);

        ClaimState answered = net.providerAnswers(net.stMary(), submitted.getLinearId(), "Report attached.");
        assertThat(answered.getStatus()).isEqualTo(ClaimStatus.INFO_PROVIDED);
        assertThat(answered.getInformationRequests()).hasSize(1);
        assertThat(answered.getInformationRequests().get(0).getAnswer()).isEqualTo("Report attached.");
        assertHeldByPartiesAndAuditorOnly(answered);

        assertThat(net.insurerAdjudicates(submitted.getLinearId()).getAdjudication()).isNotNull();
    }

    @Test
    void anAppealWithSupportingDocumentsIsReAdjudicatedAndTheAccumulatorMovesByTheDifference() {
        ClaimState submitted = net.providerSubmits(net.stMary());
        ClaimState first = net.insurerAdjudicates(submitted.getLinearId());
        assertThat(first.getAdjudication().getOutcome()).isEqualTo(AdjudicationOutcome.PARTIALLY_APPROVED);

        ClaimState appealed = net.providerAppeals(net.stMary(), submitted.getLinearId(), "Authorization was on file.");
        assertThat(appealed.getStatus()).isEqualTo(ClaimStatus.APPEALED);
        assertHeldByPartiesAndAuditorOnly(appealed);

        ClaimState second = net.insurerAdjudicates(submitted.getLinearId());

        assertThat(second.getStatus()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(second.getAdjudication().getRound()).isEqualTo(2);
        // Now both lines count: 152.00 allowed, the 100.00 deductible met once, 20% of 52.00 on top.
        BenefitAccumulatorState accumulator = net.accumulator(ST_MARY_MEMBER);
        assertThat(accumulator.getDeductibleMet()).isEqualByComparingTo(money("100.00"));
        assertThat(accumulator.getOutOfPocketMet()).isEqualByComparingTo(money("110.40"));
        assertHeldByPartiesAndAuditorOnly(second);
    }

    @Test
    void aClaimTheRulesPendWaitsForAnAdjusterWhoseDecisionIsAppliedLikeTheRules() {
        AdjudicationRulesPort reviewEverything = (claim, coverage, accumulator) ->
                AdjudicationDecision.pended("charges above the review threshold");
        try (ClaimNetwork reviewing = new ClaimNetwork(InMemoryNetwork.deterministic().adjudicationRules(reviewEverything))) {
            ClaimState submitted = reviewing.providerSubmits(reviewing.stMary());

            ClaimState pended = reviewing.insurerAdjudicates(submitted.getLinearId());
            assertThat(pended.getStatus()).isEqualTo(ClaimStatus.PENDED);
            // Held for review; the rules' wording stays with the insurer.
            assertThat(pended.getPendReason()).isEqualTo(PendReason.review());
            assertThat(claimAt(reviewing.stMary(), submitted.getLinearId())).hasValue(pended);
            assertThat(claimAt(reviewing.auditor(), submitted.getLinearId())).hasValue(pended);

            ClaimState decided = claimIn(reviewing.finish(reviewing.insurer().startFlow(new AdjudicateClaimFlow.Initiator(
                    submitted.getLinearId(), SampleClaims.approvedAdjudication(submitted).withDecidedBy("adjuster-17")))));

            assertThat(decided.getStatus()).isEqualTo(ClaimStatus.APPROVED);
            assertThat(decided.getAdjudication().getDecidedBy()).isEqualTo("adjuster-17");
            assertThat(reviewing.accumulator(ST_MARY_MEMBER).getOutOfPocketMet())
                    .isEqualByComparingTo(decided.getAdjudication().totalPatientResponsibility());
            assertThat(claimAt(reviewing.stMary(), submitted.getLinearId())).hasValue(decided);
            assertThat(claimAt(reviewing.auditor(), submitted.getLinearId())).hasValue(decided);
            assertThat(reviewing.unfinishedFlows()).isEmpty();
        }
    }

    @Test
    void voidingWithdrawsTheClaimForBothPartiesAndTheAuditor() {
        ClaimState submitted = net.providerSubmits(net.stMary());

        ClaimState voided = net.providerVoids(net.stMary(), submitted.getLinearId());

        assertThat(voided.getStatus()).isEqualTo(ClaimStatus.VOIDED);
        assertHeldByPartiesAndAuditorOnly(voided);
    }

    @Test
    void replacingEndsTheOriginalAndFilesTheCorrectionUnderTheSameCoverage() {
        ClaimState original = net.providerSubmits(net.stMary());
        ClaimDetails corrected = SampleClaims.details(ST_MARY_MEMBER);

        SignedTransaction replacement = net.providerReplaces(net.stMary(), original.getLinearId(), corrected);

        ClaimState replaced = replacement.getTx().outputsOfType(ClaimState.class).stream()
                .filter(c -> c.getLinearId().equals(original.getLinearId())).findFirst().orElseThrow();
        ClaimState correction = replacement.getTx().outputsOfType(ClaimState.class).stream()
                .filter(c -> !c.getLinearId().equals(original.getLinearId())).findFirst().orElseThrow();
        assertThat(replaced.getStatus()).isEqualTo(ClaimStatus.REPLACED);
        assertThat(correction.getStatus()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(correction.getClaim().getFrequencyCode()).isEqualTo(FrequencyCode.REPLACEMENT);
        assertThat(correction.getClaim().getOriginalClaimId()).isEqualTo(original.getLinearId());
        assertThat(correction.getCoverageId()).isEqualTo(original.getCoverageId());
        assertHeldByPartiesAndAuditorOnly(replaced);
        assertHeldByPartiesAndAuditorOnly(correction);
    }

    @Test
    void terminatingCoverageReissuesItTerminatedForTheInsurerWhileTheAuditorKeepsATearOff() {
        UniqueIdentifier coverageId = net.coverage(ST_MARY_MEMBER).getLinearId();

        net.insurerTerminatesCoverage(ST_MARY_MEMBER, LocalDate.of(2025, 2, 28));

        CoverageState atInsurer = net.insurer().ledger().vault().latest(coverageId, CoverageState.class)
                .orElseThrow().getState().getData();
        assertThat(atInsurer.getStatus()).isEqualTo(CoverageStatus.TERMINATED);
        assertThat(atInsurer.getPeriodEnd()).isEqualTo(LocalDate.of(2025, 2, 28));
        SecureHash termination = net.insurer().ledger().vault().latest(coverageId, CoverageState.class).orElseThrow().getRef().getTxhash();
        assertThat(net.auditor().ledger().vault().latest(coverageId, CoverageState.class))
                .as("a member's coverage reaches the auditor only with a claim a grant opens").isEmpty();
        assertThat(net.network.auditorsTearOffs().find(termination).orElseThrow().commandNames()).contains("Terminate");
        assertThat(net.unfinishedFlows()).isEmpty();
    }
}
