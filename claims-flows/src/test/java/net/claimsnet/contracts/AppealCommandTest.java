package net.claimsnet.contracts;

import net.claimsnet.states.Appeal;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.PublicKey;
import java.util.Collections;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;

class AppealCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final ClaimState submitted = SampleClaims.submitted(provider, insurer, coverage);
    private final ClaimState denied = SampleClaims.adjudicated(submitted, SampleClaims.deniedAdjudication(submitted, "50"));
    private final Appeal appeal = SampleClaims.appeal();

    private ContractTestLedger.Outcome appeal(ClaimState input, ClaimState output, PublicKey... signers) {
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, input);
        return ledger.transaction(tx -> tx
                .input(in)
                .output(ClaimContract.ID, output)
                .command(new ClaimContract.Commands.Appeal(), signers));
    }

    private ContractTestLedger.Outcome appeal(ClaimState input, Appeal appeal) {
        return appeal(input, input.withStatus(ClaimStatus.APPEALED).withAppeal(appeal), provider.getOwningKey());
    }

    @Test
    void the_provider_may_appeal_a_denial_with_a_reason_and_documents() {
        appeal(denied, appeal).verifies();
    }

    @Test
    void an_appeal_may_come_without_documents() {
        appeal(denied, new Appeal("Wrong diagnosis pointer was read.", Collections.<SecureHash>emptyList())).verifies();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"APPROVED", "PARTIALLY_APPROVED", "DENIED"})
    void any_adjudicated_claim_may_be_appealed(ClaimStatus status) {
        appeal(denied.withStatus(status), appeal).verifies();
    }

    @Test
    void a_settled_claim_may_be_appealed() {
        ClaimState approved = SampleClaims.approved(provider, insurer, coverage);
        appeal(SampleClaims.settled(approved), appeal).verifies();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class,
            names = {"SUBMITTED", "PENDED", "INFO_REQUESTED", "INFO_PROVIDED", "APPEALED", "VOIDED", "REPLACED"})
    void a_claim_not_yet_adjudicated_or_already_closed_cannot_be_appealed(ClaimStatus status) {
        appeal(denied.withStatus(status), appeal).failsWith("Only an adjudicated or settled claim can be appealed");
    }

    @Test
    void a_claim_without_an_adjudication_cannot_be_appealed() {
        appeal(submitted.withStatus(ClaimStatus.DENIED), appeal)
                .failsWith("Only an adjudicated or settled claim can be appealed");
    }

    @Test
    void exactly_one_claim_must_be_consumed_and_one_produced() {
        ledger.transaction(tx -> tx
                .output(ClaimContract.ID, denied.withStatus(ClaimStatus.APPEALED).withAppeal(appeal))
                .command(new ClaimContract.Commands.Appeal(), provider.getOwningKey()))
                .failsWith("Exactly one claim must be consumed");
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, denied);
        ledger.transaction(tx -> tx
                .input(in)
                .command(new ClaimContract.Commands.Appeal(), provider.getOwningKey()))
                .failsWith("Exactly one claim must be produced");
    }

    @Test
    void the_claim_details_parties_identifier_and_coverage_must_not_change() {
        appeal(denied, denied.withStatus(ClaimStatus.APPEALED).withAppeal(appeal).withCoverageId(new UniqueIdentifier()),
                provider.getOwningKey())
                .failsWith("The claim's identifier, parties, details and coverage must not change");
    }

    @Test
    void the_status_must_become_appealed() {
        appeal(denied, denied.withStatus(ClaimStatus.SUBMITTED).withAppeal(appeal), provider.getOwningKey())
                .failsWith("The claim status must become APPEALED");
    }

    @Test
    void an_appeal_must_state_a_reason() {
        appeal(denied, new Appeal("  ", Collections.singletonList(SecureHash.sha256("letter"))))
                .failsWith("An appeal must state a reason");
        appeal(denied, (Appeal) null).failsWith("An appeal must state a reason");
    }

    @Test
    void an_appeal_keeps_the_adjudication_it_contests() {
        appeal(denied, denied.withStatus(ClaimStatus.APPEALED).withAppeal(appeal).withAdjudication(null),
                provider.getOwningKey())
                .failsWith("Appealing must change nothing but the status and the appeal");
    }

    @Test
    void the_provider_must_sign_an_appeal() {
        appeal(denied, denied.withStatus(ClaimStatus.APPEALED).withAppeal(appeal), insurer.getOwningKey())
                .failsWith("The provider must sign an appeal");
    }
}
