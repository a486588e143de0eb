package net.claimsnet.contracts;

import net.claimsnet.states.BenefitAccumulatorState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;

import java.security.PublicKey;
import java.util.Collections;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;
import static net.claimsnet.contracts.SampleClaims.money;

class OpenAccumulatorCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final BenefitAccumulatorState opened = SampleClaims.accumulator(insurer, MEMBER_ID);

    private ContractTestLedger.Outcome open(BenefitAccumulatorState accumulator, PublicKey... signers) {
        return ledger.transaction(tx -> tx
                .output(BenefitAccumulatorContract.ID, accumulator)
                .command(new BenefitAccumulatorContract.Commands.Open(), signers));
    }

    private ContractTestLedger.Outcome open(BenefitAccumulatorState accumulator) {
        return open(accumulator, insurer.getOwningKey());
    }

    @Test
    void the_insurer_may_open_an_empty_accumulator_for_a_plan_year() {
        open(opened).verifies();
    }

    @Test
    void a_transaction_must_carry_exactly_one_accumulator_command() {
        ledger.transaction(tx -> tx
                .output(BenefitAccumulatorContract.ID, opened)
                .command(new BenefitAccumulatorContract.Commands.Open(), insurer.getOwningKey())
                .command(new BenefitAccumulatorContract.Commands.Apply(), insurer.getOwningKey()))
                .failsWith("A benefit accumulator transaction must carry exactly one accumulator command");
    }

    @Test
    void opening_must_not_consume_an_accumulator() {
        StateAndRef<BenefitAccumulatorState> existing = ledger.existing(BenefitAccumulatorContract.ID, opened);
        ledger.transaction(tx -> tx
                .input(existing)
                .output(BenefitAccumulatorContract.ID, opened)
                .command(new BenefitAccumulatorContract.Commands.Open(), insurer.getOwningKey()))
                .failsWith("No benefit accumulator may be consumed when opening one");
    }

    @Test
    void exactly_one_accumulator_must_be_opened() {
        ledger.transaction(tx -> tx
                .output(BenefitAccumulatorContract.ID, opened)
                .output(BenefitAccumulatorContract.ID, SampleClaims.accumulator(insurer, "M-2002"))
                .command(new BenefitAccumulatorContract.Commands.Open(), insurer.getOwningKey()))
                .failsWith("Exactly one benefit accumulator must be opened");
    }

    @Test
    void limits_may_be_zero_but_not_negative() {
        open(opened.withDeductibleLimit(money("0.00"))).verifies();
        open(opened.withDeductibleLimit(money("-1.00"))).failsWith("The limits must not be negative");
        open(opened.withOutOfPocketLimit(money("-1.00"))).failsWith("The limits must not be negative");
        open(opened.withVisitLimits(Collections.singletonMap("physical-therapy", -1)))
                .failsWith("The limits must not be negative");
    }

    @Test
    void a_new_accumulator_has_nothing_met_and_no_visits_used() {
        String message = "A new benefit accumulator must have nothing met and no visits used";
        open(opened.withVisitsUsed(Collections.singletonMap("physical-therapy", 0))).verifies();
        open(opened.withDeductibleMet(money("10.00"))).failsWith(message);
        open(opened.withOutOfPocketMet(money("10.00"))).failsWith(message);
        open(opened.withVisitsUsed(Collections.singletonMap("physical-therapy", 1))).failsWith(message);
    }

    @Test
    void the_insurer_must_sign_the_opening() {
        open(opened, provider.getOwningKey()).failsWith("The insurer must sign the opening of a benefit accumulator");
    }
}
