package net.claimsnet.contracts;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.InformationRequest;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Collections;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;

class RequestInformationCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final ClaimState submitted = SampleClaims.submitted(provider, insurer, coverage);
    private final ClaimState requested = submitted.withStatus(ClaimStatus.INFO_REQUESTED)
            .withInformationRequestAdded(SampleClaims.informationRequest());

    private ContractTestLedger.Outcome request(ClaimState input, ClaimState output, PublicKey... signers) {
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, input);
        return ledger.transaction(tx -> tx
                .input(in)
                .output(ClaimContract.ID, output)
                .command(new ClaimContract.Commands.RequestInformation(), signers));
    }

    private ContractTestLedger.Outcome request(ClaimState input, ClaimState output) {
        return request(input, output, insurer.getOwningKey());
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"SUBMITTED", "PENDED", "INFO_PROVIDED"})
    void the_insurer_may_ask_for_information_on_a_submitted_pended_or_answered_claim(ClaimStatus status) {
        ClaimState input = submitted.withStatus(status);
        request(input, input.withStatus(ClaimStatus.INFO_REQUESTED)
                .withInformationRequestAdded(SampleClaims.informationRequest())).verifies();
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"INFO_REQUESTED", "APPROVED", "DENIED", "SETTLED", "APPEALED", "VOIDED"})
    void information_cannot_be_requested_in_other_statuses(ClaimStatus status) {
        ClaimState input = submitted.withStatus(status);
        request(input, input.withStatus(ClaimStatus.INFO_REQUESTED)
                .withInformationRequestAdded(SampleClaims.informationRequest()))
                .failsWith("Information can only be requested on a submitted, pended or answered claim");
    }

    @Test
    void a_second_request_keeps_the_first_one_and_its_answer() {
        ClaimState answered = submitted.withStatus(ClaimStatus.INFO_PROVIDED).withInformationRequests(
                Collections.singletonList(SampleClaims.answered(SampleClaims.informationRequest())));
        request(answered, answered.withStatus(ClaimStatus.INFO_REQUESTED)
                .withInformationRequestAdded(InformationRequest.open("Which implant was used?",
                        Collections.singletonList("M127")))).verifies();
    }

    @Test
    void exactly_one_claim_must_be_consumed() {
        ledger.transaction(tx -> tx
                .output(ClaimContract.ID, requested)
                .command(new ClaimContract.Commands.RequestInformation(), insurer.getOwningKey()))
                .failsWith("Exactly one claim must be consumed");
    }

    @Test
    void exactly_one_claim_must_be_produced() {
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, submitted);
        ledger.transaction(tx -> tx
                .input(in)
                .output(ClaimContract.ID, requested)
                .output(ClaimContract.ID, requested)
                .command(new ClaimContract.Commands.RequestInformation(), insurer.getOwningKey()))
                .failsWith("Exactly one claim must be produced");
    }

    @Test
    void the_claim_details_parties_identifier_and_coverage_must_not_change() {
        String message = "The claim's identifier, parties, details and coverage must not change";
        request(submitted, requested.withClaim(requested.getClaim().withPayerId("OTHER"))).failsWith(message);
        request(submitted, requested.withLinearId(new UniqueIdentifier(submitted.getClaim().getClaimId()))).failsWith(message);
        request(submitted, requested.withProvider(ledger.otherProvider())).failsWith(message);
        request(submitted, requested.withCoverageId(new UniqueIdentifier())).failsWith(message);
    }

    @Test
    void the_status_must_become_info_requested() {
        request(submitted, requested.withStatus(ClaimStatus.PENDED))
                .failsWith("The claim status must become INFO_REQUESTED");
    }

    @Test
    void exactly_one_information_request_must_be_added() {
        request(submitted, requested.withInformationRequests(Collections.<InformationRequest>emptyList()))
                .failsWith("Exactly one information request must be added");
        request(submitted, requested.withInformationRequestAdded(SampleClaims.informationRequest()))
                .failsWith("Exactly one information request must be added");
    }

    @Test
    void earlier_information_requests_must_not_change() {
        ClaimState answered = submitted.withStatus(ClaimStatus.INFO_PROVIDED).withInformationRequests(
                Collections.singletonList(SampleClaims.answered(SampleClaims.informationRequest())));
        request(answered, answered.withStatus(ClaimStatus.INFO_REQUESTED).withInformationRequests(Arrays.asList(
                SampleClaims.informationRequest(), SampleClaims.informationRequest())))
                .failsWith("Earlier information requests must not change");
    }

    @Test
    void the_new_request_must_ask_a_question() {
        request(submitted, submitted.withStatus(ClaimStatus.INFO_REQUESTED)
                .withInformationRequestAdded(InformationRequest.open("  ", Collections.singletonList("N264"))))
                .failsWith("The new information request must ask a question");
    }

    @Test
    void the_new_request_must_be_unanswered() {
        request(submitted, submitted.withStatus(ClaimStatus.INFO_REQUESTED)
                .withInformationRequestAdded(SampleClaims.answered(SampleClaims.informationRequest())))
                .failsWith("The new information request must be unanswered");
        request(submitted, submitted.withStatus(ClaimStatus.INFO_REQUESTED)
                .withInformationRequestAdded(SampleClaims.informationRequest()
                        .withAnswerAttachmentHashes(Collections.singletonList(SecureHash.sha256("report")))))
                .failsWith("The new information request must be unanswered");
    }

    @Test
    void a_request_for_information_changes_nothing_else() {
        request(submitted, requested.withAppeal(SampleClaims.appeal()))
                .failsWith("A request for information must change nothing but the status and the requests");
    }

    @Test
    void the_insurer_must_sign_a_request_for_information() {
        request(submitted, requested, provider.getOwningKey())
                .failsWith("The insurer must sign a request for information");
    }
}
