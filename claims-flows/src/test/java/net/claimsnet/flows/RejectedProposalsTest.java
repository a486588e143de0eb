package net.claimsnet.flows;

import net.claimsnet.contracts.BenefitAccumulatorContract;
import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.RequestInformationFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.claim.VoidClaimFlow;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.flows.transport.Transport;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.transactions.TransactionSigner;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.flows.engine.Payloads;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.states.Adjudication;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.LineAdjudication;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import static net.claimsnet.contracts.SampleClaims.money;
import static net.claimsnet.flows.ClaimNetwork.claimAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responders never sign or record what they should not: a proposal missing a required signature,
 * carrying a forged one, skipping the notary, breaking a contract; a session from a party off the
 * network map or for a protocol the node does not run. Nothing changes in any vault.
 */
class RejectedProposalsTest {

    private final ClaimNetwork net = new ClaimNetwork();

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void theInsurerRefusesToSignAVoidThatLacksTheProvidersSignature() {
        ClaimState claim = net.providerSubmits(net.stMary());
        SignedTransaction proposal = voidProposal(claim, net.network.bootstrap().keyOf(InMemoryNetwork.LAKESIDE));

        String reason = net.failureOf(net.stMary().startFlow(
                new RogueFlows.Propose(proposal, InMemoryNetwork.INSURER, VoidClaimFlow.Initiator.class)));

        assertThat(reason).contains("Acme Health Insurance refuses to sign " + proposal.getId())
                .contains("lacks the signature of O=St. Mary Hospital");
        assertUnchanged(claim);
    }

    @Test
    void theInsurerRefusesASignatureThatDoesNotMatchTheTransaction() {
        ClaimState claim = net.providerSubmits(net.stMary());
        SignedTransaction honest = voidProposal(claim, net.network.bootstrap().keyOf(InMemoryNetwork.ST_MARY));
        TransactionSignature genuine = honest.getSigs().get(0);
        byte[] forged = genuine.getBytes().clone();
        forged[0] ^= 1;
        SignedTransaction proposal = new SignedTransaction(honest.getTxBits(),
                List.of(new TransactionSignature(forged, genuine.getBy(), genuine.getSignatureMetadata())));

        String reason = net.failureOf(net.stMary().startFlow(
                new RogueFlows.Propose(proposal, InMemoryNetwork.INSURER, VoidClaimFlow.Initiator.class)));

        assertThat(reason).contains("the signature of O=St. Mary Hospital, L=Boston, C=US does not match it");
        assertUnchanged(claim);
    }

    @Test
    void theInsurerRefusesToRecordAVoidTheNotaryNeverSigned() {
        ClaimState claim = net.providerSubmits(net.stMary());
        SignedTransaction proposal = voidProposal(claim, net.network.bootstrap().keyOf(InMemoryNetwork.ST_MARY));

        String reason = net.failureOf(net.stMary().startFlow(
                new RogueFlows.FinaliseWithoutNotary(proposal, InMemoryNetwork.INSURER, VoidClaimFlow.Initiator.class)));

        assertThat(reason).contains("Acme Health Insurance refuses to record " + proposal.getId())
                .contains("lacks the signature of O=Claims Notary");
        assertThat(net.notary().stores().uniqueness().isCommitted(proposal.getId())).isFalse();
        assertUnchanged(claim);
    }

    @Test
    void theProviderRefusesToCountersignAnAdjudicationThatBreaksTheContract() {
        ClaimState claim = net.providerSubmits(net.stMary());
        SignedTransaction proposal = adjudicationPayingMoreThanAllowed(claim);

        String reason = net.failureOf(net.insurer().startFlow(
                new RogueFlows.Propose(proposal, InMemoryNetwork.ST_MARY, AdjudicateClaimFlow.Initiator.class)));

        assertThat(reason).contains("St. Mary Hospital refuses to sign " + proposal.getId())
                .contains("contract rejected it: Charge must equal the paid amount plus all adjustments on line 1");
        assertUnchanged(claim);
    }

    @Test
    void aFlowSendsNothingWhenItsOwnContractCheckRejectsTheTransaction() {
        ClaimState claim = net.providerSubmits(net.stMary());
        List<Envelope> sent = new ArrayList<>();
        net.network.transport().tap(sent::add);

        String reason = net.failureOf(net.insurer().startFlow(
                new RequestInformationFlow.Initiator(claim.getLinearId(), " ", List.of())));

        assertThat(reason).contains("contract rejected it: The new information request must ask a question");
        assertThat(sent).isEmpty();
        assertUnchanged(claim);
    }

    @Test
    void aSessionOpenedByANodeOffTheNetworkMapIsRefusedWithoutAnAnswer() {
        CordaX500Name stranger = CordaX500Name.parse("O=Shady Billing,L=Miami,C=US");
        List<Envelope> answers = new ArrayList<>();
        Transport.Endpoint endpoint = net.network.transport().bind(stranger, answers::add);

        endpoint.send(new Envelope("s-1/i/1", stranger, InMemoryNetwork.INSURER, "s-1", MessageKind.INIT, 1, 0,
                SubmitClaimFlow.Initiator.class.getName(),
                Payloads.serialize(new net.claimsnet.flows.claim.EligibilityQuery(ClaimNetwork.ST_MARY_MEMBER,
                        SampleClaims.DATE_OF_SERVICE))));
        net.network.runNetwork();

        assertThat(net.insurer().flows().rejections()).singleElement().asString()
                .contains("from O=Shady Billing, L=Miami, C=US: O=Shady Billing, L=Miami, C=US is not on the network map");
        assertThat(net.insurer().flows().runningCount()).isZero();
        assertThat(net.insurer().flows().failedFlows()).isEmpty();
        assertThat(answers).isEmpty();
    }

    @Test
    void aClaimForAnInsurerOffTheNetworkMapFailsBeforeAnythingIsSent() {
        List<Envelope> sent = new ArrayList<>();
        net.network.transport().tap(sent::add);

        String reason = net.failureOf(net.stMary().startFlow(new SubmitClaimFlow.Initiator(
                SampleClaims.details(ClaimNetwork.ST_MARY_MEMBER), CordaX500Name.parse("O=Nowhere Mutual,L=Reno,C=US"))));

        assertThat(reason).isEqualTo("O=Nowhere Mutual, L=Reno, C=US is not on the network map");
        assertThat(sent).isEmpty();
    }

    @Test
    void aSessionForAProtocolTheNodeDoesNotRunEndsWithThatReason() {
        ClaimState claim = net.providerSubmits(net.stMary());
        SignedTransaction proposal = voidProposal(claim, net.network.bootstrap().keyOf(InMemoryNetwork.ST_MARY));

        String reason = net.failureOf(net.stMary().startFlow(
                new RogueFlows.Propose(proposal, InMemoryNetwork.LAKESIDE, VoidClaimFlow.Initiator.class)));

        assertThat(reason).isEqualTo("Lakeside Clinic runs no responder for " + VoidClaimFlow.Initiator.class.getName());
        assertThat(net.lakeside().ledger().transactions().count()).isZero();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private void assertUnchanged(ClaimState claim) {
        net.network.runNetwork();
        assertThat(claimAt(net.stMary(), claim.getLinearId())).hasValue(claim);
        assertThat(claimAt(net.insurer(), claim.getLinearId())).hasValue(claim);
        assertThat(claimAt(net.auditor(), claim.getLinearId())).hasValue(claim);
    }

    /** A void of the claim built at St. Mary, signed with the given key only. */
    private SignedTransaction voidProposal(ClaimState claim, KeyPair signer) {
        NodeLedger ledger = net.stMary().ledger();
        StateAndRef<ClaimState> current = ledger.vault().latest(claim.getLinearId(), ClaimState.class).orElseThrow();
        WireTransaction wire = ledger.build(new WireTransactionBuilder(net.notary().identity())
                .input(current)
                .output(claim.withStatus(ClaimStatus.VOIDED), ClaimContract.ID)
                .command(new ClaimContract.Commands.Void(), net.stMary().identity().getOwningKey(),
                        net.insurer().identity().getOwningKey()));
        return new TransactionSigner(signer).sign(wire);
    }

    /** An adjudication built and signed at the insurer whose first line pays 10.00 more than its adjustments leave. */
    private SignedTransaction adjudicationPayingMoreThanAllowed(ClaimState claim) {
        NodeLedger ledger = net.insurer().ledger();
        StateAndRef<ClaimState> current = ledger.vault().latest(claim.getLinearId(), ClaimState.class).orElseThrow();
        StateAndRef<BenefitAccumulatorState> accumulator = ledger.vault().unconsumed(BenefitAccumulatorState.class).stream()
                .filter(a -> a.getState().getData().getMemberId().equals(ClaimNetwork.ST_MARY_MEMBER)).findFirst().orElseThrow();
        Adjudication honest = SampleClaims.approvedAdjudication(claim);
        List<LineAdjudication> lines = new ArrayList<>(honest.getLines());
        LineAdjudication first = lines.get(0);
        lines.set(0, first.withPaid(first.getPaid().add(money("10.00"))));
        Adjudication inflated = honest.withLines(lines);
        WireTransaction wire = ledger.build(new WireTransactionBuilder(net.notary().identity())
                .input(current)
                .input(accumulator)
                .output(SampleClaims.adjudicated(claim, inflated), ClaimContract.ID)
                .output(SampleClaims.applied(accumulator.getState().getData(), inflated, null), BenefitAccumulatorContract.ID)
                .command(new ClaimContract.Commands.Adjudicate(), net.insurer().identity().getOwningKey(),
                        net.stMary().identity().getOwningKey())
                .command(new BenefitAccumulatorContract.Commands.Apply(), net.insurer().identity().getOwningKey()));
        return ledger.sign(wire);
    }
}
