package net.claimsnet.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.ServiceLine;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;

/** Replace is X12 claim frequency 7: the original ends as REPLACED, a corrected claim starts. */
class ReplaceCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final ClaimState original = SampleClaims.submitted(provider, insurer, coverage);
    private final ClaimState replacement = SampleClaims.replacementOf(original);

    private ContractTestLedger.Outcome replace(ClaimState input, ClaimState keptOriginal, ClaimState newClaim,
                                               PublicKey... signers) {
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, input);
        return ledger.transaction(tx -> tx
                .input(in)
                .output(ClaimContract.ID, keptOriginal)
                .output(ClaimContract.ID, newClaim)
                .command(new ClaimContract.Commands.Replace(), signers));
    }

    private ContractTestLedger.Outcome replace(ClaimState input, ClaimState newClaim) {
        return replace(input, input.withStatus(ClaimStatus.REPLACED), newClaim,
                provider.getOwningKey(), insurer.getOwningKey());
    }

    private ContractTestLedger.Outcome replaceWith(ClaimState newClaim) {
        return replace(original, newClaim);
    }

    @Test
    void a_corrected_claim_replacing_a_submitted_one_verifies() {
        replaceWith(replacement).verifies();
    }

    @Test
    void the_outputs_may_come_in_either_order() {
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, original);
        ledger.transaction(tx -> tx
                .input(in)
                .output(ClaimContract.ID, replacement)
                .output(ClaimContract.ID, original.withStatus(ClaimStatus.REPLACED))
                .command(new ClaimContract.Commands.Replace(), provider.getOwningKey(), insurer.getOwningKey()))
                .verifies();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"PENDED", "INFO_REQUESTED", "INFO_PROVIDED", "APPROVED",
            "PARTIALLY_APPROVED", "DENIED", "APPEALED"})
    void any_unsettled_claim_may_be_replaced(ClaimStatus status) {
        replace(original.withStatus(status), replacement).verifies();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"SETTLED", "VOIDED", "REPLACED"})
    void a_settled_or_closed_claim_cannot_be_replaced(ClaimStatus status) {
        replace(original.withStatus(status), replacement).failsWith("Only an unsettled claim can be replaced");
    }

    @Test
    void exactly_one_claim_must_be_consumed() {
        ledger.transaction(tx -> tx
                .output(ClaimContract.ID, original.withStatus(ClaimStatus.REPLACED))
                .output(ClaimContract.ID, replacement)
                .command(new ClaimContract.Commands.Replace(), provider.getOwningKey(), insurer.getOwningKey()))
                .failsWith("Exactly one claim must be consumed");
    }

    @Test
    void exactly_two_claims_must_be_produced() {
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, original);
        ledger.transaction(tx -> tx
                .input(in)
                .output(ClaimContract.ID, replacement)
                .command(new ClaimContract.Commands.Replace(), provider.getOwningKey(), insurer.getOwningKey()))
                .failsWith("Exactly two claims must be produced: the original and its replacement");
    }

    @Test
    void the_original_must_be_kept_as_replaced_and_unchanged() {
        String message = "The original claim must be kept with status REPLACED and nothing else changed";
        replace(original, original.withStatus(ClaimStatus.VOIDED), replacement,
                provider.getOwningKey(), insurer.getOwningKey()).failsWith(message);
        replace(original, original.withStatus(ClaimStatus.REPLACED).withClaim(replacement.getClaim()), replacement,
                provider.getOwningKey(), insurer.getOwningKey()).failsWith(message);
    }

    @Test
    void the_replacement_must_have_a_new_identifier() {
        replaceWith(replacement.withLinearId(original.getLinearId()))
                .failsWith("The replacement must have a new identifier");
    }

    @Test
    void the_replacement_must_start_as_submitted() {
        replaceWith(replacement.withStatus(ClaimStatus.APPROVED)).failsWith("The replacement must have status SUBMITTED");
    }

    @Test
    void the_replacement_must_carry_no_pend_reason() {
        replaceWith(replacement.withPendReason(net.claimsnet.states.PendReason.review()))
                .failsWith("A new claim must carry no pend reason");
    }

    @Test
    void a_replacement_of_a_pended_claim_carries_its_reason_on_the_original_only() {
        ClaimState pendedOriginal = original.withStatus(ClaimStatus.PENDED).withPendReason(net.claimsnet.states.PendReason.review());
        assertThat(replacement.getPendReason()).isNull();
        replace(pendedOriginal, replacement).verifies();
    }

    @Test
    void the_replacement_must_carry_no_decision_yet() {
        replaceWith(replacement.withAdjudication(SampleClaims.approvedAdjudication(replacement)))
                .failsWith("The replacement must carry no adjudication, settlement, appeal or information request");
    }

    @Test
    void the_replacement_must_have_frequency_seven_and_name_the_original() {
        String message = "The replacement must have frequency code 7 and name the original claim";
        replaceWith(replacement.withClaim(replacement.getClaim().withFrequencyCode(FrequencyCode.ORIGINAL)))
                .failsWith(message);
        replaceWith(replacement.withClaim(replacement.getClaim().withOriginalClaimId(new UniqueIdentifier())))
                .failsWith(message);
        replaceWith(replacement.withClaim(replacement.getClaim().withOriginalClaimId(null))).failsWith(message);
    }

    @Test
    void the_replacement_must_have_the_same_provider_and_insurer() {
        replaceWith(replacement.withProvider(ledger.otherProvider()))
                .failsWith("The replacement must have the same provider and insurer");
        replaceWith(replacement.withInsurer(ledger.otherInsurer()))
                .failsWith("The replacement must have the same provider and insurer");
    }

    @Test
    void the_replacement_must_be_for_the_same_member() {
        replaceWith(replacement.withClaim(replacement.getClaim().withPatient(
                replacement.getClaim().getPatient().withMemberId("M-2002"))))
                .failsWith("The replacement must be for the same member");
    }

    @Test
    void the_replacement_may_correct_the_patients_name() {
        replaceWith(replacement.withClaim(replacement.getClaim().withPatient(
                replacement.getClaim().getPatient().withLastName("Doe-Smith")))).verifies();
    }

    @Test
    void the_replacement_must_be_filed_under_the_originals_coverage() {
        replaceWith(replacement.withCoverageId(new UniqueIdentifier("COV-OTHER")))
                .failsWith("The replacement must be filed under the original's coverage");
    }

    @Test
    void the_submission_rules_apply_to_the_replacement() {
        List<ServiceLine> lines = new ArrayList<>(replacement.getClaim().getServiceLines());
        lines.set(1, lines.get(1).withUnits(0));
        replaceWith(replacement.withClaim(replacement.getClaim().withServiceLines(lines)))
                .failsWith("Units must be greater than zero on line 2");
        replaceWith(replacement.withLinearId(new UniqueIdentifier("NOT-THE-CLAIM-ID")))
                .failsWith("The claim's external id must be its claim id");
    }

    @Test
    void the_provider_and_the_insurer_must_both_sign_a_replacement() {
        ClaimState kept = original.withStatus(ClaimStatus.REPLACED);
        replace(original, kept, replacement, provider.getOwningKey())
                .failsWith("The provider and the insurer must both sign a replacement");
        replace(original, kept, replacement, insurer.getOwningKey())
                .failsWith("The provider and the insurer must both sign a replacement");
    }
}
