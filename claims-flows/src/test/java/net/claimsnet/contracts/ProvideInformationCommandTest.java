package net.claimsnet.contracts;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.InformationRequest;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.Party;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.Collections;

import static net.claimsnet.contracts.SampleClaims.MEMBER_ID;

class ProvideInformationCommandTest {

    private final ContractTestLedger ledger = ContractTestLedger.create();
    private final Party provider = ledger.provider();
    private final Party insurer = ledger.insurer();
    private final CoverageState coverage = SampleClaims.coverage(insurer, MEMBER_ID);
    private final InformationRequest question = SampleClaims.informationRequest();
    private final ClaimState awaiting = SampleClaims.submitted(provider, insurer, coverage)
            .withStatus(ClaimStatus.INFO_REQUESTED).withInformationRequestAdded(question);
    private final ClaimState answered = answer(awaiting, SampleClaims.answered(question));

    private static ClaimState answer(ClaimState claim, InformationRequest lastRequest) {
        return claim.withStatus(ClaimStatus.INFO_PROVIDED).withInformationRequests(Collections.singletonList(lastRequest));
    }

    private ContractTestLedger.Outcome provide(ClaimState input, ClaimState output, PublicKey... signers) {
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, input);
        return ledger.transaction(tx -> tx
                .input(in)
                .output(ClaimContract.ID, output)
                .command(new ClaimContract.Commands.ProvideInformation(), signers));
    }

    private ContractTestLedger.Outcome provide(ClaimState input, ClaimState output) {
        return provide(input, output, provider.getOwningKey());
    }

    @Test
    void the_provider_may_answer_the_open_request_with_text_and_documents() {
        provide(awaiting, answered).verifies();
    }

    @Test
    void an_answer_may_be_text_alone_or_documents_alone() {
        provide(awaiting, answer(awaiting, question.answered("The procedure was elective.",
                Collections.<SecureHash>emptyList()))).verifies();
        provide(awaiting, answer(awaiting, question.answered(null,
                Collections.singletonList(SecureHash.sha256("operative report"))))).verifies();
    }

    @Test
    void only_the_last_request_is_answered_and_earlier_ones_stay() {
        InformationRequest earlier = SampleClaims.answered(InformationRequest.open("Which implant?",
                Collections.singletonList("M127")));
        ClaimState input = awaiting.withInformationRequests(Arrays.asList(earlier, question));
        provide(input, input.withStatus(ClaimStatus.INFO_PROVIDED).withInformationRequests(
                Arrays.asList(earlier, SampleClaims.answered(question)))).verifies();
        provide(input, input.withStatus(ClaimStatus.INFO_PROVIDED).withInformationRequests(
                Arrays.asList(earlier.withAnswer("changed"), SampleClaims.answered(question))))
                .failsWith("Providing information must change nothing but the status and the answer to the last request");
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"SUBMITTED", "PENDED", "INFO_PROVIDED", "APPROVED", "APPEALED"})
    void information_can_only_be_provided_on_a_claim_awaiting_it(ClaimStatus status) {
        ClaimState input = awaiting.withStatus(status);
        provide(input, answer(input, SampleClaims.answered(question)))
                .failsWith("Information can only be provided on a claim awaiting information");
    }

    @Test
    void exactly_one_claim_must_be_consumed_and_one_produced() {
        ledger.transaction(tx -> tx
                .output(ClaimContract.ID, answered)
                .command(new ClaimContract.Commands.ProvideInformation(), provider.getOwningKey()))
                .failsWith("Exactly one claim must be consumed");
        StateAndRef<ClaimState> in = ledger.existing(ClaimContract.ID, awaiting);
        ledger.transaction(tx -> tx
                .input(in)
                .command(new ClaimContract.Commands.ProvideInformation(), provider.getOwningKey()))
                .failsWith("Exactly one claim must be produced");
    }

    @Test
    void the_claim_details_parties_identifier_and_coverage_must_not_change() {
        provide(awaiting, answered.withClaim(answered.getClaim().withPriorAuthorizationNumber("PA-1")))
                .failsWith("The claim's identifier, parties, details and coverage must not change");
        provide(awaiting, answered.withInsurer(ledger.otherInsurer()))
                .failsWith("The claim's identifier, parties, details and coverage must not change");
    }

    @Test
    void the_status_must_become_info_provided() {
        provide(awaiting, answered.withStatus(ClaimStatus.SUBMITTED))
                .failsWith("The claim status must become INFO_PROVIDED");
    }

    @Test
    void the_last_request_must_be_open() {
        ClaimState alreadyAnswered = awaiting.withInformationRequests(
                Collections.singletonList(SampleClaims.answered(question)));
        provide(alreadyAnswered, alreadyAnswered.withStatus(ClaimStatus.INFO_PROVIDED))
                .failsWith("The last information request must be open");
        ClaimState noRequest = awaiting.withInformationRequests(Collections.<InformationRequest>emptyList());
        provide(noRequest, noRequest.withStatus(ClaimStatus.INFO_PROVIDED))
                .failsWith("The last information request must be open");
    }

    @Test
    void the_last_request_must_be_answered_with_text_or_documents() {
        provide(awaiting, answer(awaiting, question.answered("  ", Collections.<SecureHash>emptyList())))
                .failsWith("The last information request must be answered with text or documents");
        provide(awaiting, awaiting.withStatus(ClaimStatus.INFO_PROVIDED))
                .failsWith("The last information request must be answered with text or documents");
    }

    @Test
    void providing_information_changes_nothing_else() {
        provide(awaiting, answer(awaiting, SampleClaims.answered(question).withQuestion("A different question")))
                .failsWith("Providing information must change nothing but the status and the answer to the last request");
        provide(awaiting, answered.withAppeal(SampleClaims.appeal()))
                .failsWith("Providing information must change nothing but the status and the answer to the last request");
    }

    @Test
    void the_provider_must_sign_the_information_provided() {
        provide(awaiting, answered, insurer.getOwningKey())
                .failsWith("The provider must sign the information provided");
    }
}
