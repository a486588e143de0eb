package net.claimsnet.contracts;

import net.claimsnet.states.Adjudication;
import net.claimsnet.states.AdjudicationOutcome;
import net.claimsnet.states.Adjustment;
import net.claimsnet.states.AdjustmentGroup;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.LineAdjudication;
import net.claimsnet.states.LineDecision;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;
import static net.claimsnet.contracts.SampleClaims.money;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample claim has two lines, 150.00 and 40.00. The sample approval allows 120.00 and 32.00
 * (CO-45 30.00 and 8.00), puts 20% coinsurance on the patient (PR-2 24.00 and 6.40) and pays
 * 96.00 and 25.60.
 */
class AdjudicateCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final ClaimState submitted = SampleClaims.submitted(provider, insurer, coverage);
    private final BenefitAccumulatorState accumulator = SampleClaims.accumulator(coverage);
    private final Adjudication approval = SampleClaims.approvedAdjudication(submitted);

    /** The claim goes first, so ClaimContract runs before BenefitAccumulatorContract (Corda runs them in order of appearance). */
    private ContractTestLedger.Outcome adjudicate(ClaimState input, ClaimState output, BenefitAccumulatorState accumulatorIn,
                                                  BenefitAccumulatorState accumulatorOut, PublicKey... signers) {
        StateAndRef<ClaimState> claimIn = ledger.existing(ClaimContract.ID, input);
        StateAndRef<BenefitAccumulatorState> accIn = ledger.existing(BenefitAccumulatorContract.ID, accumulatorIn);
        return ledger.transaction(tx -> tx
                .input(claimIn)
                .input(accIn)
                .output(ClaimContract.ID, output)
                .output(BenefitAccumulatorContract.ID, accumulatorOut)
                .command(new ClaimContract.Commands.Adjudicate(), signers)
                .command(new BenefitAccumulatorContract.Commands.Apply(), insurer.getOwningKey()));
    }

    private ContractTestLedger.Outcome adjudicate(ClaimState input, ClaimState output, BenefitAccumulatorState accumulatorIn,
                                                  BenefitAccumulatorState accumulatorOut) {
        return adjudicate(input, output, accumulatorIn, accumulatorOut, insurer.getOwningKey(), provider.getOwningKey());
    }

    /** Adjudicates the input with the decision, applying it correctly to the given accumulator. */
    private ContractTestLedger.Outcome adjudicate(ClaimState input, Adjudication adjudication, BenefitAccumulatorState accumulatorIn) {
        return adjudicate(input, SampleClaims.adjudicated(input, adjudication), accumulatorIn,
                SampleClaims.applied(accumulatorIn, adjudication, input.getAdjudication()));
    }

    private ContractTestLedger.Outcome adjudicate(ClaimState input, Adjudication adjudication) {
        return adjudicate(input, adjudication, accumulator);
    }

    /** Adjudicates the submitted claim with the sample approval, its first line changed. */
    private ContractTestLedger.Outcome adjudicateWithFirstLine(UnaryOperator<LineAdjudication> change) {
        return adjudicate(submitted, withFirstLine(approval, change));
    }

    private static Adjudication withFirstLine(Adjudication adjudication, UnaryOperator<LineAdjudication> change) {
        List<LineAdjudication> lines = new ArrayList<>(adjudication.getLines());
        lines.set(0, change.apply(lines.get(0)));
        return adjudication.withLines(lines);
    }

    private static List<Adjustment> adjustments(Adjustment... adjustments) {
        return Arrays.asList(adjustments);
    }

    // ---- whole decisions ------------------------------------------------------------------

    @Test
    void an_approval_applied_to_the_members_accumulator_verifies() {
        adjudicate(submitted, approval).verifies();
    }

    @Test
    void an_approval_that_spends_deductible_verifies() {
        adjudicate(submitted, SampleClaims.approvedAdjudication(submitted, money("50.00"))).verifies();
    }

    @Test
    void a_denial_verifies() {
        adjudicate(submitted, SampleClaims.deniedAdjudication(submitted, "50")).verifies();
    }

    @Test
    void a_partial_approval_verifies() {
        adjudicate(submitted, SampleClaims.partiallyApprovedAdjudication(submitted)).verifies();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"SUBMITTED", "PENDED", "INFO_PROVIDED"})
    void a_submitted_pended_or_answered_claim_may_be_adjudicated(ClaimStatus status) {
        adjudicate(submitted.withStatus(status), approval).verifies();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class,
            names = {"INFO_REQUESTED", "APPROVED", "PARTIALLY_APPROVED", "DENIED", "SETTLED", "VOIDED", "REPLACED"})
    void a_claim_cannot_be_adjudicated_in_other_statuses(ClaimStatus status) {
        adjudicate(submitted.withStatus(status), approval)
                .failsWith("Only a submitted, pended, answered or appealed claim can be adjudicated");
    }

    @Test
    void exactly_one_claim_must_be_consumed_and_one_produced() {
        ClaimState output = SampleClaims.adjudicated(submitted, approval);
        ledger.transaction(tx -> tx
                .output(ClaimContract.ID, output)
                .output(BenefitAccumulatorContract.ID, accumulator)
                .command(new ClaimContract.Commands.Adjudicate(), insurer.getOwningKey(), provider.getOwningKey())
                .command(new BenefitAccumulatorContract.Commands.Apply(), insurer.getOwningKey()))
                .failsWith("Exactly one claim must be consumed");
        StateAndRef<ClaimState> claimIn = ledger.existing(ClaimContract.ID, submitted);
        StateAndRef<BenefitAccumulatorState> accIn2 = ledger.existing(BenefitAccumulatorContract.ID, accumulator);
        ledger.transaction(tx -> tx
                .input(claimIn)
                .input(accIn2)
                .output(BenefitAccumulatorContract.ID, SampleClaims.applied(accumulator, approval, null))
                .command(new ClaimContract.Commands.Adjudicate(), insurer.getOwningKey(), provider.getOwningKey())
                .command(new BenefitAccumulatorContract.Commands.Apply(), insurer.getOwningKey()))
                .failsWith("Exactly one claim must be produced");
    }

    @Test
    void the_claim_details_parties_identifier_and_coverage_must_not_change() {
        ClaimState output = SampleClaims.adjudicated(submitted, approval);
        adjudicate(submitted, output.withClaim(output.getClaim().withSubscriberId("S-OTHER")), accumulator,
                SampleClaims.applied(accumulator, approval, null))
                .failsWith("The claim's identifier, parties, details and coverage must not change");
    }

    @Test
    void an_adjudication_must_be_recorded() {
        adjudicate(submitted, submitted.withStatus(ClaimStatus.APPROVED), accumulator, accumulator)
                .failsWith("An adjudication must be recorded");
    }

    @Test
    void the_claim_status_must_match_the_outcome() {
        adjudicate(submitted, SampleClaims.adjudicated(submitted, approval).withStatus(ClaimStatus.DENIED), accumulator,
                SampleClaims.applied(accumulator, approval, null))
                .failsWith("The claim status must match the adjudication outcome");
        adjudicate(submitted, SampleClaims.adjudicated(submitted, approval).withStatus(ClaimStatus.SETTLED), accumulator,
                SampleClaims.applied(accumulator, approval, null))
                .failsWith("The claim status must match the adjudication outcome");
    }

    @Test
    void adjudication_changes_nothing_but_the_status_and_the_decision() {
        adjudicate(submitted, SampleClaims.adjudicated(submitted, approval).withAppeal(SampleClaims.appeal()), accumulator,
                SampleClaims.applied(accumulator, approval, null))
                .failsWith("Adjudication must change nothing but the status and the adjudication");
    }

    @Test
    void there_must_be_exactly_one_line_decision_per_service_line() {
        adjudicate(submitted, approval.withLines(approval.getLines().subList(0, 1)))
                .failsWith("The adjudication must have exactly one line per service line");
        List<LineAdjudication> three = new ArrayList<>(approval.getLines());
        three.add(approval.getLines().get(1).withSequence(3));
        adjudicate(submitted, approval.withLines(three))
                .failsWith("The adjudication must have exactly one line per service line");
    }

    // ---- line arithmetic ------------------------------------------------------------------

    @Test
    void each_line_decision_must_carry_the_sequence_and_charge_of_its_service_line() {
        adjudicateWithFirstLine(line -> line.withCharge(money("151.00")))
                .failsWith("Sequence and charge must match the service line on line 1");
        adjudicate(submitted, approval.withLines(Arrays.asList(approval.getLines().get(1), approval.getLines().get(0))))
                .failsWith("Sequence and charge must match the service line on line 1");
    }

    @Test
    void each_line_needs_a_decision() {
        adjudicateWithFirstLine(line -> line.withDecision(null)).failsWith("A decision is required on line 1");
    }

    @Test
    void each_line_needs_allowed_paid_and_patient_amounts() {
        adjudicateWithFirstLine(line -> line.withPaid(null))
                .failsWith("Allowed, paid and patient responsibility amounts are required on line 1");
    }

    @Test
    void the_allowed_amount_must_not_be_negative() {
        adjudicateWithFirstLine(line -> line.withAllowed(money("-1.00")))
                .failsWith("Allowed amount must not be negative on line 1");
    }

    @Test
    void the_paid_amount_must_not_be_negative() {
        adjudicateWithFirstLine(line -> line.withPaid(money("-1.00")))
                .failsWith("Paid amount must not be negative on line 1");
    }

    @Test
    void paid_may_equal_allowed_but_not_exceed_it() {
        // 150.00 charged, 120.00 allowed and paid in full, 30.00 written off.
        adjudicateWithFirstLine(line -> line.withPaid(money("120.00")).withPatientResponsibility(money("0.00"))
                .withAdjustments(adjustments(Adjustment.of(AdjustmentGroup.CO, "45", money("30.00"))))).verifies();
        adjudicateWithFirstLine(line -> line.withPaid(money("121.00")))
                .failsWith("Paid amount must not exceed the allowed amount on line 1");
    }

    @Test
    void allowed_may_equal_the_charge_but_not_exceed_it() {
        adjudicateWithFirstLine(line -> line.withAllowed(money("150.00")).withPaid(money("120.00"))
                .withAdjustments(adjustments(Adjustment.of(AdjustmentGroup.PR, "2", money("30.00"))))
                .withPatientResponsibility(money("30.00"))).verifies();
        adjudicateWithFirstLine(line -> line.withAllowed(money("151.00")))
                .failsWith("Allowed amount must not exceed the charge on line 1");
    }

    @Test
    void every_adjustment_needs_a_group_a_reason_code_and_an_amount() {
        String message = "Every adjustment must have a group, a reason code (CARC) and an amount on line 1";
        adjudicateWithFirstLine(line -> line.withAdjustments(adjustments(
                Adjustment.of(AdjustmentGroup.CO, " ", money("30.00")),
                Adjustment.of(AdjustmentGroup.PR, "2", money("24.00"))))).failsWith(message);
        adjudicateWithFirstLine(line -> line.withAdjustments(adjustments(
                Adjustment.of(null, "45", money("30.00")),
                Adjustment.of(AdjustmentGroup.PR, "2", money("24.00"))))).failsWith(message);
    }

    @Test
    void adjustment_amounts_must_not_be_negative() {
        // 150.00 = 96.00 paid + 60.00 CO-45 - 30.00 OA-94 + 24.00 PR-2: the sum holds, the negative does not.
        adjudicateWithFirstLine(line -> line.withAdjustments(adjustments(
                Adjustment.of(AdjustmentGroup.CO, "45", money("60.00")),
                Adjustment.of(AdjustmentGroup.OA, "94", money("-30.00")),
                Adjustment.of(AdjustmentGroup.PR, "2", money("24.00")))))
                .failsWith("Adjustment amounts must not be negative on line 1");
    }

    @Test
    void amounts_are_in_whole_cents() {
        adjudicateWithFirstLine(line -> line.withPaid(new BigDecimal("96.0")).withAllowed(new BigDecimal("120"))).verifies();
        adjudicateWithFirstLine(line -> line.withPaid(new BigDecimal("95.995")))
                .failsWith("Amounts must have at most 2 decimal places on line 1");
    }

    @Test
    void charge_must_equal_paid_plus_all_adjustments() {
        adjudicateWithFirstLine(line -> line.withPaid(money("95.00")))
                .failsWith("Charge must equal the paid amount plus all adjustments on line 1");
    }

    @Test
    void patient_responsibility_must_equal_the_pr_adjustments() {
        adjudicateWithFirstLine(line -> line.withPatientResponsibility(money("20.00")))
                .failsWith("Patient responsibility must equal the PR adjustments on line 1");
    }

    // ---- line decisions and outcome -------------------------------------------------------

    @Test
    void a_denied_line_must_pay_nothing() {
        adjudicateWithFirstLine(line -> line.withDecision(LineDecision.DENIED))
                .failsWith("A denied line must pay nothing on line 1");
    }

    @Test
    void an_approved_line_may_only_be_reduced_by_the_fee_schedule_and_the_patients_share() {
        List<Adjustment> withBundling = adjustments(
                Adjustment.of(AdjustmentGroup.CO, "45", money("30.00")),
                Adjustment.of(AdjustmentGroup.CO, "97", money("10.00")),
                Adjustment.of(AdjustmentGroup.PR, "2", money("24.00")));
        adjudicateWithFirstLine(line -> line.withPaid(money("86.00")).withAdjustments(withBundling))
                .failsWith("An approved line may only be reduced by the fee schedule (CO-45) and by patient "
                        + "responsibility (PR) on line 1");
        Adjudication reduced = withFirstLine(approval, line -> line.withDecision(LineDecision.REDUCED)
                .withPaid(money("86.00")).withAdjustments(withBundling))
                .withOutcome(AdjudicationOutcome.PARTIALLY_APPROVED);
        adjudicate(submitted, reduced).verifies();
    }

    @Test
    void a_reduced_line_must_carry_a_reduction_beyond_the_fee_schedule_and_the_patients_share() {
        adjudicate(submitted, withFirstLine(approval, line -> line.withDecision(LineDecision.REDUCED))
                .withOutcome(AdjudicationOutcome.PARTIALLY_APPROVED))
                .failsWith("A reduced line must carry a reduction other than CO-45 or PR on line 1");
    }

    @Test
    void the_outcome_must_agree_with_the_line_decisions() {
        String message = "The outcome must be DENIED when every line is denied, APPROVED when every line is approved, "
                + "and PARTIALLY_APPROVED otherwise";
        adjudicate(submitted, approval.withOutcome(AdjudicationOutcome.PARTIALLY_APPROVED)).failsWith(message);
        adjudicate(submitted, SampleClaims.partiallyApprovedAdjudication(submitted)
                .withOutcome(AdjudicationOutcome.APPROVED)).failsWith(message);
        adjudicate(submitted, SampleClaims.deniedAdjudication(submitted, "50")
                .withOutcome(AdjudicationOutcome.PARTIALLY_APPROVED)).failsWith(message);
    }

    @Test
    void the_first_adjudication_is_round_one() {
        adjudicate(submitted, approval.withRound(2))
                .failsWith("The adjudication round must be one more than the previous round");
    }

    @Test
    void the_rule_set_version_must_be_recorded() {
        adjudicate(submitted, approval.withRuleSetVersion(" ")).failsWith("The rule set version must be recorded");
        adjudicate(submitted, approval.withRuleSetVersion(null)).failsWith("The rule set version must be recorded");
    }

    @Test
    void the_adjudication_must_name_who_decided() {
        adjudicate(submitted, approval.withDecidedBy("adjuster-17")).verifies();
        adjudicate(submitted, approval.withDecidedBy("")).failsWith("The adjudication must name who decided");
    }

    // ---- re-adjudication after appeal -----------------------------------------------------

    private final Adjudication firstDecision = SampleClaims.approvedAdjudication(submitted, money("50.00"));
    private final ClaimState appealed = SampleClaims.adjudicated(submitted, firstDecision)
            .withStatus(ClaimStatus.APPEALED).withAppeal(SampleClaims.appeal());
    private final BenefitAccumulatorState afterFirstDecision = SampleClaims.applied(accumulator, firstDecision, null);

    @Test
    void a_re_adjudication_replaces_the_previous_contribution_to_the_accumulator() {
        Adjudication secondDecision = SampleClaims.approvedAdjudication(appealed);
        adjudicate(appealed, secondDecision, afterFirstDecision).verifies();
        // The deductible given back: 50.00 -> 0.00.
        BenefitAccumulatorState expected = SampleClaims.applied(afterFirstDecision, secondDecision, firstDecision);
        assertThat(expected.getDeductibleMet()).isEqualByComparingTo("0.00");
    }

    @Test
    void a_re_adjudication_must_not_count_the_claim_twice() {
        Adjudication secondDecision = SampleClaims.approvedAdjudication(appealed, money("50.00"));
        adjudicate(appealed, SampleClaims.adjudicated(appealed, secondDecision), afterFirstDecision,
                SampleClaims.applied(afterFirstDecision, secondDecision, null))
                .failsWith("The deductible met must grow by exactly the claim's deductible (PR adjustments with CARC 1)");
    }

    @Test
    void a_re_adjudication_is_the_next_round() {
        adjudicate(appealed, SampleClaims.approvedAdjudication(appealed).withRound(1), afterFirstDecision)
                .failsWith("The adjudication round must be one more than the previous round");
    }

    @Test
    void a_re_adjudication_keeps_the_appeal() {
        Adjudication secondDecision = SampleClaims.approvedAdjudication(appealed);
        adjudicate(appealed, SampleClaims.adjudicated(appealed, secondDecision).withAppeal(null), afterFirstDecision,
                SampleClaims.applied(afterFirstDecision, secondDecision, firstDecision))
                .failsWith("Adjudication must change nothing but the status and the adjudication");
    }

    // ---- the benefit accumulator ----------------------------------------------------------

    @Test
    void adjudication_must_consume_exactly_one_benefit_accumulator() {
        StateAndRef<ClaimState> claimIn = ledger.existing(ClaimContract.ID, submitted);
        ledger.transaction(tx -> tx
                .input(claimIn)
                .output(ClaimContract.ID, SampleClaims.adjudicated(submitted, approval))
                .output(BenefitAccumulatorContract.ID, SampleClaims.applied(accumulator, approval, null))
                .command(new ClaimContract.Commands.Adjudicate(), insurer.getOwningKey(), provider.getOwningKey())
                .command(new BenefitAccumulatorContract.Commands.Apply(), insurer.getOwningKey()))
                .failsWith("Adjudication must consume exactly one benefit accumulator");
    }

    @Test
    void adjudication_must_produce_exactly_one_benefit_accumulator() {
        StateAndRef<ClaimState> claimIn = ledger.existing(ClaimContract.ID, submitted);
        StateAndRef<BenefitAccumulatorState> accIn = ledger.existing(BenefitAccumulatorContract.ID, accumulator);
        ledger.transaction(tx -> tx
                .input(claimIn)
                .input(accIn)
                .output(ClaimContract.ID, SampleClaims.adjudicated(submitted, approval))
                .command(new ClaimContract.Commands.Adjudicate(), insurer.getOwningKey(), provider.getOwningKey())
                .command(new BenefitAccumulatorContract.Commands.Apply(), insurer.getOwningKey()))
                .failsWith("Adjudication must produce exactly one benefit accumulator");
    }

    @Test
    void the_accumulator_must_be_the_insurers_for_the_claims_patient() {
        String message = "The benefit accumulator must be the claim insurer's, for the claim's patient";
        adjudicate(submitted, approval, SampleClaims.accumulator(insurer, "M-2002")).failsWith(message);
        adjudicate(submitted, approval, SampleClaims.accumulator(ledger.otherInsurer(), MEMBER_ID)).failsWith(message);
    }

    @Test
    void the_accumulator_must_keep_its_identity_and_limits() {
        String message = "The benefit accumulator must keep its identity, member, plan, plan year and limits";
        BenefitAccumulatorState applied = SampleClaims.applied(accumulator, approval, null);
        adjudicate(submitted, SampleClaims.adjudicated(submitted, approval), accumulator, applied.withPlanYear(2026))
                .failsWith(message);
        adjudicate(submitted, SampleClaims.adjudicated(submitted, approval), accumulator,
                applied.withDeductibleLimit(money("2000.00"))).failsWith(message);
    }

    @Test
    void the_deductible_met_must_grow_by_exactly_the_claims_deductible() {
        Adjudication withDeductible = SampleClaims.approvedAdjudication(submitted, money("50.00"));
        adjudicate(submitted, SampleClaims.adjudicated(submitted, withDeductible), accumulator,
                SampleClaims.applied(accumulator, withDeductible, null).withDeductibleMet(money("40.00")))
                .failsWith("The deductible met must grow by exactly the claim's deductible (PR adjustments with CARC 1)");
    }

    @Test
    void the_out_of_pocket_met_must_grow_by_exactly_the_claims_patient_responsibility() {
        adjudicate(submitted, SampleClaims.adjudicated(submitted, approval), accumulator,
                SampleClaims.applied(accumulator, approval, null).withOutOfPocketMet(money("0.00")))
                .failsWith("The out-of-pocket met must grow by exactly the claim's patient responsibility");
    }

    @Test
    void the_deductible_may_be_met_but_not_overspent() {
        Adjudication withDeductible = SampleClaims.approvedAdjudication(submitted, money("50.00"));
        adjudicate(submitted, withDeductible, accumulator.withDeductibleMet(money("950.00"))
                .withOutOfPocketMet(money("950.00"))).verifies();
        adjudicate(submitted, withDeductible, accumulator.withDeductibleMet(money("980.00"))
                .withOutOfPocketMet(money("980.00")))
                .failsWith("The deductible met must not exceed the deductible limit");
    }

    @Test
    void the_out_of_pocket_maximum_must_not_be_overspent() {
        adjudicate(submitted, approval, accumulator.withOutOfPocketMet(money("4990.00")))
                .failsWith("The out-of-pocket met must not exceed the out-of-pocket limit");
    }

    @Test
    void adjudication_must_carry_the_accumulators_apply_command() {
        StateAndRef<ClaimState> claimIn = ledger.existing(ClaimContract.ID, submitted);
        StateAndRef<BenefitAccumulatorState> accIn = ledger.existing(BenefitAccumulatorContract.ID, accumulator);
        ledger.transaction(tx -> tx
                .input(claimIn)
                .input(accIn)
                .output(ClaimContract.ID, SampleClaims.adjudicated(submitted, approval))
                .output(BenefitAccumulatorContract.ID, SampleClaims.applied(accumulator, approval, null))
                .command(new ClaimContract.Commands.Adjudicate(), insurer.getOwningKey(), provider.getOwningKey()))
                .failsWith("Adjudication must carry the benefit accumulator's Apply command");
    }

    // ---- signers --------------------------------------------------------------------------

    @Test
    void the_insurer_and_the_provider_must_both_sign() {
        String message = "The insurer and the provider must both sign an adjudication";
        ClaimState output = SampleClaims.adjudicated(submitted, approval);
        BenefitAccumulatorState applied = SampleClaims.applied(accumulator, approval, null);
        adjudicate(submitted, output, accumulator, applied, insurer.getOwningKey()).failsWith(message);
        adjudicate(submitted, output, accumulator, applied, provider.getOwningKey()).failsWith(message);
    }
}
