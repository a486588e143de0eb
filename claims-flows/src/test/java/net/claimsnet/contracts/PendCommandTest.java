package net.claimsnet.contracts;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.PendReason;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.PublicKey;
import java.util.List;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;

class PendCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final ClaimState submitted = SampleClaims.submitted(provider, insurer, coverage);
    private final PendReason reason = new PendReason(List.of("OA-133", PendReason.REVIEW),
            "Held for an adjuster: the claim's charge is above the plan's review threshold.");
    private final ClaimState pended = submitted.withStatus(ClaimStatus.PENDED).withPendReason(reason);

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
        pend(input, input.withStatus(ClaimStatus.PENDED).withPendReason(reason)).verifies();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class,
            names = {"PENDED", "INFO_REQUESTED", "APPROVED", "PARTIALLY_APPROVED", "DENIED", "SETTLED", "VOIDED", "REPLACED"})
    void a_claim_cannot_be_pended_in_other_statuses(ClaimStatus status) {
        ClaimState input = submitted.withStatus(status);
        pend(input, input.withStatus(ClaimStatus.PENDED).withPendReason(reason))
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
        pend(submitted, submitted.withStatus(ClaimStatus.APPROVED).withPendReason(reason)).failsWith("The claim status must become PENDED");
    }

    @Test
    void pending_changes_nothing_but_the_status_and_the_pend_reason() {
        pend(submitted, pended.withInformationRequestAdded(SampleClaims.informationRequest()))
                .failsWith("Pending must change nothing but the status and the pend reason");
    }

    @Test
    void a_claim_pended_again_records_the_new_reason_in_place_of_the_old() {
        ClaimState answered = pended.withStatus(ClaimStatus.INFO_PROVIDED);
        pend(answered, answered.withStatus(ClaimStatus.PENDED).withPendReason(PendReason.review())).verifies();
    }

    @Test
    void a_pend_must_carry_a_reason() {
        pend(submitted, pended.withPendReason(null)).failsWith("A pend must carry at least one reason code, none blank");
    }

    @Test
    void a_pend_must_carry_at_least_one_reason_code() {
        pend(submitted, pended.withPendReason(reason.withCodes(List.of())))
                .failsWith("A pend must carry at least one reason code, none blank");
    }

    @Test
    void no_pend_reason_code_may_be_blank() {
        pend(submitted, pended.withPendReason(reason.withCodes(List.of("OA-133", " "))))
                .failsWith("A pend must carry at least one reason code, none blank");
    }

    @Test
    void one_reason_code_without_a_note_is_enough() {
        pend(submitted, pended.withPendReason(new PendReason(List.of("OA-133"), null))).verifies();
    }

    @Test
    void a_pend_note_may_be_500_characters_but_not_more() {
        pend(submitted, pended.withPendReason(reason.withNote("x".repeat(ClaimContract.MAX_PEND_NOTE_LENGTH)))).verifies();
        pend(submitted, pended.withPendReason(reason.withNote("x".repeat(ClaimContract.MAX_PEND_NOTE_LENGTH + 1))))
                .failsWith("A pend note must be at most 500 characters");
    }

    @Test
    void the_insurer_must_sign_a_pend() {
        pend(submitted, pended, provider.getOwningKey()).failsWith("The insurer must sign a pend");
    }
}
