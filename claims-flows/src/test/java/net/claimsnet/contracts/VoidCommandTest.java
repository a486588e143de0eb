package net.claimsnet.contracts;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.FrequencyCode;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.PublicKey;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;

/** Void is X12 claim frequency 8. */
class VoidCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final ClaimState submitted = SampleClaims.submitted(provider, insurer, coverage);

    private ContractTestLedger.Outcome voidClaim(ClaimState input, ClaimState output, PublicKey... signers) {
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, input);
        return ledger.transaction(tx -> tx
                .input(in)
                .output(ClaimContract.ID, output)
                .command(new ClaimContract.Commands.Void(), signers));
    }

    private ContractTestLedger.Outcome voidClaim(ClaimState input) {
        return voidClaim(input, input.withStatus(ClaimStatus.VOIDED), provider.getOwningKey(), insurer.getOwningKey());
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"SUBMITTED", "PENDED", "INFO_REQUESTED", "INFO_PROVIDED",
            "APPROVED", "PARTIALLY_APPROVED", "DENIED", "APPEALED"})
    void any_unsettled_claim_may_be_voided(ClaimStatus status) {
        voidClaim(submitted.withStatus(status)).verifies();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"SETTLED", "VOIDED", "REPLACED"})
    void a_settled_or_closed_claim_cannot_be_voided(ClaimStatus status) {
        voidClaim(submitted.withStatus(status)).failsWith("Only an unsettled claim can be voided");
    }

    @Test
    void an_appealed_claim_that_was_paid_cannot_be_voided() {
        ClaimState paidThenAppealed = SampleClaims.settled(SampleClaims.approved(provider, insurer, coverage))
                .withStatus(ClaimStatus.APPEALED).withAppeal(SampleClaims.appeal());
        voidClaim(paidThenAppealed).failsWith("Only an unsettled claim can be voided");
    }

    @Test
    void exactly_one_claim_must_be_consumed_and_one_produced() {
        ledger.transaction(tx -> tx
                .output(ClaimContract.ID, submitted.withStatus(ClaimStatus.VOIDED))
                .command(new ClaimContract.Commands.Void(), provider.getOwningKey(), insurer.getOwningKey()))
                .failsWith("Exactly one claim must be consumed");
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, submitted);
        ledger.transaction(tx -> tx
                .input(in)
                .command(new ClaimContract.Commands.Void(), provider.getOwningKey(), insurer.getOwningKey()))
                .failsWith("Exactly one claim must be produced");
    }

    @Test
    void the_claim_details_parties_identifier_and_coverage_must_not_change() {
        voidClaim(submitted, submitted.withStatus(ClaimStatus.VOIDED)
                        .withClaim(submitted.getClaim().withFrequencyCode(FrequencyCode.VOID)),
                provider.getOwningKey(), insurer.getOwningKey())
                .failsWith("The claim's identifier, parties, details and coverage must not change");
    }

    @Test
    void the_status_must_become_voided() {
        voidClaim(submitted, submitted.withStatus(ClaimStatus.REPLACED), provider.getOwningKey(), insurer.getOwningKey())
                .failsWith("The claim status must become VOIDED");
    }

    @Test
    void voiding_changes_nothing_but_the_status() {
        voidClaim(submitted, submitted.withStatus(ClaimStatus.VOIDED).withAppeal(SampleClaims.appeal()),
                provider.getOwningKey(), insurer.getOwningKey())
                .failsWith("Voiding must change nothing but the status");
    }

    @Test
    void the_provider_and_the_insurer_must_both_sign_a_void() {
        ClaimState voided = submitted.withStatus(ClaimStatus.VOIDED);
        voidClaim(submitted, voided, provider.getOwningKey())
                .failsWith("The provider and the insurer must both sign a void");
        voidClaim(submitted, voided, insurer.getOwningKey())
                .failsWith("The provider and the insurer must both sign a void");
    }
}
