package net.claimsnet.contracts;

import net.claimsnet.states.Adjudication;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.util.Collections;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;
import static net.claimsnet.contracts.SampleClaims.money;

/**
 * The accumulator is the first input here, so Corda runs BenefitAccumulatorContract before
 * ClaimContract (contracts run in the order their states first appear) and its own message is
 * the one reported. The sample approval puts 30.40 of coinsurance on the patient, no deductible.
 */
class ApplyAccumulatorCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final ClaimState submitted = SampleClaims.submitted(provider, insurer, coverage);
    private final Adjudication approval = SampleClaims.approvedAdjudication(submitted);
    private final BenefitAccumulatorState accumulator = SampleClaims.accumulator(coverage);
    private final BenefitAccumulatorState applied = SampleClaims.applied(accumulator, approval, null);

    private ContractTestLedger.Outcome apply(BenefitAccumulatorState before, BenefitAccumulatorState after,
                                             PublicKey... applySigners) {
        StateAndRef<BenefitAccumulatorState> accIn = ledger.existing(BenefitAccumulatorContract.ID, before);
        StateAndRef<ClaimState> claimIn = ledger.existing(ClaimContract.ID, submitted);
        return ledger.transaction(tx -> tx
                .input(accIn)
                .input(claimIn)
                .output(BenefitAccumulatorContract.ID, after)
                .output(ClaimContract.ID, SampleClaims.adjudicated(submitted, approval))
                .command(new ClaimContract.Commands.Adjudicate(), insurer.getOwningKey(), provider.getOwningKey())
                .command(new BenefitAccumulatorContract.Commands.Apply(), applySigners));
    }

    private ContractTestLedger.Outcome apply(BenefitAccumulatorState after) {
        return apply(accumulator, after, insurer.getOwningKey());
    }

    @Test
    void an_accumulator_changes_with_the_adjudication_of_a_claim() {
        apply(applied).verifies();
    }

    @Test
    void visits_may_be_counted_up_to_their_limit() {
        apply(applied.withVisitsUsed(Collections.singletonMap("physical-therapy", 20))).verifies();
        apply(applied.withVisitsUsed(Collections.singletonMap("office-visit", 3))).verifies();
    }

    @Test
    void an_accumulator_cannot_change_on_its_own() {
        StateAndRef<BenefitAccumulatorState> accIn = ledger.existing(BenefitAccumulatorContract.ID, accumulator);
        ledger.transaction(tx -> tx
                .input(accIn)
                .output(BenefitAccumulatorContract.ID, applied)
                .command(new BenefitAccumulatorContract.Commands.Apply(), insurer.getOwningKey()))
                .failsWith("An accumulator can only change when a claim is adjudicated");
    }

    @Test
    void an_adjudicate_command_without_a_claim_does_not_count_as_an_adjudication() {
        StateAndRef<BenefitAccumulatorState> accIn = ledger.existing(BenefitAccumulatorContract.ID, accumulator);
        ledger.transaction(tx -> tx
                .input(accIn)
                .output(BenefitAccumulatorContract.ID, applied.withDeductibleMet(money("1000.00")))
                .command(new ClaimContract.Commands.Adjudicate(), insurer.getOwningKey(), provider.getOwningKey())
                .command(new BenefitAccumulatorContract.Commands.Apply(), insurer.getOwningKey()))
                .failsWith("An accumulator can only change when a claim is adjudicated");
    }

    @Test
    void exactly_one_accumulator_must_be_consumed() {
        StateAndRef<BenefitAccumulatorState> first = ledger.existing(BenefitAccumulatorContract.ID, accumulator);
        StateAndRef<BenefitAccumulatorState> second = ledger.existing(BenefitAccumulatorContract.ID, accumulator);
        StateAndRef<ClaimState> claimIn = ledger.existing(ClaimContract.ID, submitted);
        ledger.transaction(tx -> tx
                .input(first)
                .input(second)
                .input(claimIn)
                .output(BenefitAccumulatorContract.ID, applied)
                .output(ClaimContract.ID, SampleClaims.adjudicated(submitted, approval))
                .command(new ClaimContract.Commands.Adjudicate(), insurer.getOwningKey(), provider.getOwningKey())
                .command(new BenefitAccumulatorContract.Commands.Apply(), insurer.getOwningKey()))
                .failsWith("Exactly one benefit accumulator must be consumed");
    }

    @Test
    void exactly_one_accumulator_must_be_produced() {
        StateAndRef<BenefitAccumulatorState> accIn = ledger.existing(BenefitAccumulatorContract.ID, accumulator);
        StateAndRef<ClaimState> claimIn = ledger.existing(ClaimContract.ID, submitted);
        ledger.transaction(tx -> tx
                .input(accIn)
                .input(claimIn)
                .output(BenefitAccumulatorContract.ID, applied)
                .output(BenefitAccumulatorContract.ID, applied)
                .output(ClaimContract.ID, SampleClaims.adjudicated(submitted, approval))
                .command(new ClaimContract.Commands.Adjudicate(), insurer.getOwningKey(), provider.getOwningKey())
                .command(new BenefitAccumulatorContract.Commands.Apply(), insurer.getOwningKey()))
                .failsWith("Exactly one benefit accumulator must be produced");
    }

    @Test
    void the_accumulator_must_keep_its_identity_member_plan_year_and_limits() {
        String message = "The benefit accumulator must keep its identity, member, plan, plan year and limits";
        apply(applied.withMemberId("M-2002")).failsWith(message);
        apply(applied.withPlanId("PPO-BRONZE")).failsWith(message);
        apply(applied.withOutOfPocketLimit(money("9000.00"))).failsWith(message);
        apply(applied.withVisitLimits(Collections.singletonMap("physical-therapy", 40))).failsWith(message);
    }

    @Test
    void met_amounts_must_not_be_negative() {
        apply(applied.withDeductibleMet(money("-0.01"))).failsWith("Met amounts must not be negative");
    }

    @Test
    void the_deductible_met_must_stay_within_its_limit() {
        apply(applied.withDeductibleMet(money("1000.01")))
                .failsWith("The deductible met must not exceed the deductible limit");
    }

    @Test
    void the_out_of_pocket_met_must_stay_within_its_limit() {
        apply(applied.withOutOfPocketMet(money("5000.01")))
                .failsWith("The out-of-pocket met must not exceed the out-of-pocket limit");
    }

    @Test
    void visits_used_must_not_be_negative() {
        apply(applied.withVisitsUsed(Collections.singletonMap("physical-therapy", -1)))
                .failsWith("Visits used must not be negative");
    }

    @Test
    void visits_used_must_not_exceed_the_visit_limits() {
        apply(applied.withVisitsUsed(Collections.singletonMap("physical-therapy", 21)))
                .failsWith("Visits used must not exceed the visit limits");
    }

    @Test
    void the_insurer_must_sign_the_change() {
        apply(accumulator, applied, provider.getOwningKey())
                .failsWith("The insurer must sign changes to a benefit accumulator");
    }
}
