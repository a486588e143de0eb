package net.claimsnet.contracts;

import net.claimsnet.states.Adjudication;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.Settlement;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.PublicKey;
import java.time.LocalDate;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;
import static net.claimsnet.contracts.SampleClaims.money;

/** The sample approval pays 96.00 + 25.60 = 121.60. */
class SettleCommandTest {

    private static final LocalDate PAID_ON = LocalDate.of(2025, 3, 30);

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final ClaimState approved = SampleClaims.approved(provider, insurer, coverage);
    private final Settlement payment = new Settlement(money("121.60"), PAID_ON, "1091000012345678");

    private ContractTestLedger.Outcome settle(ClaimState input, ClaimState output, PublicKey... signers) {
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, input);
        return ledger.transaction(tx -> tx
                .input(in)
                .output(ClaimContract.ID, output)
                .command(new ClaimContract.Commands.Settle(), signers));
    }

    private ContractTestLedger.Outcome settle(ClaimState input, Settlement settlement) {
        return settle(input, input.withStatus(ClaimStatus.SETTLED).withSettlement(settlement),
                insurer.getOwningKey(), provider.getOwningKey());
    }

    @Test
    void paying_exactly_what_an_approval_pays_verifies() {
        settle(approved, payment).verifies();
    }

    @Test
    void a_partially_approved_claim_may_be_settled() {
        ClaimState submitted = SampleClaims.submitted(provider, insurer, coverage);
        ClaimState partial = SampleClaims.adjudicated(submitted, SampleClaims.partiallyApprovedAdjudication(submitted));
        // Line 1 only: 96.00.
        settle(partial, payment.withAmount(money("96.00"))).verifies();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class,
            names = {"SUBMITTED", "PENDED", "INFO_REQUESTED", "DENIED", "SETTLED", "APPEALED", "VOIDED", "REPLACED"})
    void only_an_approved_or_partially_approved_claim_can_be_settled(ClaimStatus status) {
        settle(approved.withStatus(status), payment)
                .failsWith("Only an approved or partially approved claim can be settled");
    }

    @Test
    void exactly_one_claim_must_be_consumed_and_one_produced() {
        ledger.transaction(tx -> tx
                .output(ClaimContract.ID, approved.withStatus(ClaimStatus.SETTLED).withSettlement(payment))
                .command(new ClaimContract.Commands.Settle(), insurer.getOwningKey(), provider.getOwningKey()))
                .failsWith("Exactly one claim must be consumed");
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, approved);
        ledger.transaction(tx -> tx
                .input(in)
                .command(new ClaimContract.Commands.Settle(), insurer.getOwningKey(), provider.getOwningKey()))
                .failsWith("Exactly one claim must be produced");
    }

    @Test
    void the_claim_details_parties_identifier_and_coverage_must_not_change() {
        settle(approved, approved.withStatus(ClaimStatus.SETTLED).withSettlement(payment).withProvider(ledger.otherProvider()),
                insurer.getOwningKey(), provider.getOwningKey())
                .failsWith("The claim's identifier, parties, details and coverage must not change");
    }

    @Test
    void the_status_must_become_settled() {
        settle(approved, approved.withSettlement(payment), insurer.getOwningKey(), provider.getOwningKey())
                .failsWith("The claim status must become SETTLED");
    }

    @Test
    void a_settlement_must_be_recorded() {
        settle(approved, null).failsWith("A settlement must be recorded");
        settle(approved, payment.withAmount(null)).failsWith("A settlement must be recorded");
    }

    @Test
    void settlement_must_pay_exactly_the_sum_of_paid_amounts() {
        settle(approved, payment.withAmount(money("121.61")))
                .failsWith("The settlement amount must equal the sum of paid amounts");
        settle(approved, payment.withAmount(money("96.00")))
                .failsWith("The settlement amount must equal the sum of paid amounts");
    }

    @Test
    void a_settlement_must_pay_something() {
        // The whole allowed amount went to the deductible: nothing to pay, nothing to settle.
        ClaimState submitted = SampleClaims.submitted(provider, insurer, coverage);
        ClaimState allDeductible = SampleClaims.adjudicated(submitted,
                SampleClaims.approvedAdjudication(submitted, money("1000.00")));
        settle(allDeductible, payment.withAmount(money("0.00")))
                .failsWith("The settlement amount must be greater than zero");
    }

    @Test
    void a_second_settlement_after_an_appeal_must_pay_more_than_the_first() {
        ClaimState submitted = SampleClaims.submitted(provider, insurer, coverage);
        Adjudication partial = SampleClaims.partiallyApprovedAdjudication(submitted);
        ClaimState settledOnce = SampleClaims.adjudicated(submitted, partial)
                .withSettlement(payment.withAmount(money("96.00"))).withStatus(ClaimStatus.SETTLED);
        ClaimState appealed = settledOnce.withStatus(ClaimStatus.APPEALED).withAppeal(SampleClaims.appeal());

        ClaimState approvedOnAppeal = SampleClaims.adjudicated(appealed, SampleClaims.approvedAdjudication(appealed));
        settle(approvedOnAppeal, payment.withAmount(money("121.60")).withEftTraceNumber("1091000012349999")).verifies();

        ClaimState upheldOnAppeal = SampleClaims.adjudicated(appealed,
                SampleClaims.partiallyApprovedAdjudication(appealed));
        settle(upheldOnAppeal, payment.withAmount(money("96.00")))
                .failsWith("A new settlement must pay more than was already settled");
    }

    @Test
    void the_payment_date_must_be_given() {
        settle(approved, payment.withPaymentDate(null)).failsWith("The payment date must be given");
    }

    @Test
    void the_eft_trace_number_must_be_given() {
        settle(approved, payment.withEftTraceNumber(" ")).failsWith("The EFT trace number must be given");
        settle(approved, payment.withEftTraceNumber(null)).failsWith("The EFT trace number must be given");
    }

    @Test
    void settling_changes_nothing_but_the_status_and_the_settlement() {
        settle(approved, approved.withStatus(ClaimStatus.SETTLED).withSettlement(payment).withAppeal(SampleClaims.appeal()),
                insurer.getOwningKey(), provider.getOwningKey())
                .failsWith("Settling must change nothing but the status and the settlement");
    }

    @Test
    void the_insurer_and_the_provider_must_both_sign_a_settlement() {
        ClaimState settled = approved.withStatus(ClaimStatus.SETTLED).withSettlement(payment);
        settle(approved, settled, insurer.getOwningKey())
                .failsWith("The insurer and the provider must both sign a settlement");
        settle(approved, settled, provider.getOwningKey())
                .failsWith("The insurer and the provider must both sign a settlement");
    }
}
