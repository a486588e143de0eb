package net.claimsnet.contracts;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.PublicKey;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;

class PendCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final ClaimState submitted = SampleClaims.submitted(provider, insurer, coverage);
    private final ClaimState pended = submitted.withStatus(ClaimStatus.PENDED);

    private ContractTestLedger.Outcome pend(ClaimState input, ClaimState output, PublicKey... signers) {
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, input);
        return ledger.transaction(tx -> tx
                .input(in)
                .output(ClaimContract.ID, output)
                .command(new ClaimContract.Commands.Pend(), signers));
    }

    private ContractTestLedger.Outcome pend(ClaimState input, ClaimState output) {
        return pend(input, output, insurer.getOwningKey());
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"SUBMITTED", "INFO_PROVIDED", "APPEALED"})
    void the_insurer_may_pend_a_submitted_answered_or_appealed_claim(ClaimStatus status) {
        ClaimState input = submitted.withStatus(status);
        pend(input, input.withStatus(ClaimStatus.PENDED)).verifies();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class,
            names = {"PENDED", "INFO_REQUESTED", "APPROVED", "PARTIALLY_APPROVED", "DENIED", "SETTLED", "VOIDED", "REPLACED"})
    void a_claim_cannot_be_pended_in_other_statuses(ClaimStatus status) {
        ClaimState input = submitted.withStatus(status);
        pend(input, input.withStatus(ClaimStatus.PENDED))
                .failsWith("Only a submitted, answered or appealed claim can be pended");
    }

    @Test
    void exactly_one_claim_must_be_consumed_and_one_produced() {
        ledger.transaction(tx -> tx
                .output(ClaimContract.ID, pended)
                .command(new ClaimContract.Commands.Pend(), insurer.getOwningKey()))
                .failsWith("Exactly one claim must be consumed");
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, submitted);
        ledger.transaction(tx -> tx
                .input(in)
                .output(ClaimContract.ID, pended)
                .output(ClaimContract.ID, pended)
                .command(new ClaimContract.Commands.Pend(), insurer.getOwningKey()))
                .failsWith("Exactly one claim must be produced");
    }

    @Test
    void the_claim_details_parties_identifier_and_coverage_must_not_change() {
        pend(submitted, pended.withLinearId(new UniqueIdentifier(submitted.getClaim().getClaimId())))
                .failsWith("The claim's identifier, parties, details and coverage must not change");
    }

    @Test
    void the_status_must_become_pended() {
        pend(submitted, submitted.withStatus(ClaimStatus.APPROVED)).failsWith("The claim status must become PENDED");
    }

    @Test
    void pending_changes_nothing_but_the_status() {
        pend(submitted, pended.withInformationRequestAdded(SampleClaims.informationRequest()))
                .failsWith("Pending must change nothing but the status");
    }

    @Test
    void the_insurer_must_sign_a_pend() {
        pend(submitted, pended, provider.getOwningKey()).failsWith("The insurer must sign a pend");
    }
}
