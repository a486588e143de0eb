package net.claimsnet.flows;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.claim.VoidClaimFlow;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.flows.engine.Payloads;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static net.claimsnet.contracts.SampleClaims.money;
import static net.claimsnet.flows.ClaimNetwork.claimAt;
import static net.claimsnet.flows.ClaimNetwork.historyAt;
import static org.assertj.core.api.Assertions.assertThat;

/** Two transactions racing for one claim, messages delivered twice or replayed late, a transaction altered in transit. */
class DoubleSpendReplayAndTamperingTest {

    private final ClaimNetwork net = new ClaimNetwork();

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void ofASettlementAndAVoidRacingForTheSameClaimTheNotarySignsExactlyOne() {
        ClaimState submitted = net.providerSubmits(net.stMary());
        net.insurerAdjudicates(submitted.getLinearId());
        StateAndRef<ClaimState> contested = net.insurer().ledger().vault()
                .latest(submitted.getLinearId(), ClaimState.class).orElseThrow();

        FlowHandle<SignedTransaction> settle = net.insurer().startFlow(
                new SettleClaimFlow.Initiator(submitted.getLinearId(), "EFT-RACE-1"));
        FlowHandle<SignedTransaction> voiding = net.stMary().startFlow(new VoidClaimFlow.Initiator(submitted.getLinearId()));
        net.network.runNetwork();

        List<FlowHandle<SignedTransaction>> won = new ArrayList<>();
        List<FlowHandle<SignedTransaction>> lost = new ArrayList<>();
        for (FlowHandle<SignedTransaction> handle : List.of(settle, voiding)) {
            assertThat(handle.result()).isDone();
            (handle.result().isCompletedExceptionally() ? lost : won).add(handle);
        }
        assertThat(won).hasSize(1);
        assertThat(lost).hasSize(1);
        SignedTransaction winner = won.get(0).get();
        assertThat(net.failureOf(lost.get(0))).contains("Claims Notary refused to notarise")
                .contains(contested.getRef() + " was consumed by transaction " + winner.getId());
        assertThat(net.notary().stores().uniqueness().consumedBy(contested.getRef())).hasValue(winner.getId());
        ClaimState outcome = winner.getTx().outputsOfType(ClaimState.class).get(0);
        for (Node node : List.of(net.stMary(), net.insurer(), net.auditor())) {
            assertThat(claimAt(node, submitted.getLinearId())).hasValue(outcome);
            assertThat(historyAt(node, submitted.getLinearId())).hasSize(3);
        }
    }

    @Test
    void everyMessageDeliveredTwiceStillSettlesTheClaimExactlyOnce() {
        net.network.transport().intercept(envelope -> List.of(envelope, envelope));
        long insurerTransactionsBefore = net.insurer().ledger().transactions().count();

        ClaimState settled = net.settledClaim(net.stMary());

        assertThat(settled.getStatus()).isEqualTo(ClaimStatus.SETTLED);
        for (Node node : List.of(net.stMary(), net.insurer(), net.auditor())) {
            assertThat(historyAt(node, settled.getLinearId())).hasSize(3);
        }
        assertThat(net.insurer().ledger().transactions().count()).isEqualTo(insurerTransactionsBefore + 3);
        assertThat(net.accumulator(ClaimNetwork.ST_MARY_MEMBER).getDeductibleMet()).isEqualByComparingTo(money("100.00"));
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void messagesReplayedAfterTheirFlowsFinishedStartNothingAndChangeNothing() {
        List<Envelope> delivered = new ArrayList<>();
        net.network.transport().tap(delivered::add);
        ClaimState settled = net.settledClaim(net.stMary());
        long[] transactionsBefore = transactionCounts();

        List<Envelope> replay = new ArrayList<>(delivered);
        replay.forEach(net.network.transport()::redeliver);
        net.network.runNetwork();

        assertThat(transactionCounts()).containsExactly(transactionsBefore);
        for (Node node : List.of(net.stMary(), net.insurer(), net.auditor())) {
            assertThat(claimAt(node, settled.getLinearId())).hasValue(settled);
            assertThat(historyAt(node, settled.getLinearId())).hasSize(3);
        }
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void theAuditorRefusesATransactionAlteredInTransitAndTheClaimStaysWithTheParties() {
        // The auditor, granted the claim, asks Acme for it whole after it kept the tear-off; the copy is altered on the way.
        List<SignedTransaction> tampered = new ArrayList<>();
        net.network.transport().intercept(envelope -> {
            if (!envelope.recipient().equals(InMemoryNetwork.AUDITOR)) {
                return List.of(envelope);
            }
            Object message = Payloads.deserialize(envelope.payload());
            if (!(message instanceof SignedTransaction)
                    || ((SignedTransaction) message).getTx().outputsOfType(ClaimState.class).isEmpty()) {
                return List.of(envelope);
            }
            SignedTransaction altered = withInflatedCharge((SignedTransaction) message);
            tampered.add(altered);
            return List.of(envelope.withPayload(Payloads.serialize(altered)));
        });

        FlowHandle<SignedTransaction> submission = net.stMary().startFlow(new SubmitClaimFlow.Initiator(
                SampleClaims.details(ClaimNetwork.ST_MARY_MEMBER), InMemoryNetwork.INSURER));
        net.finish(submission);

        assertThat(tampered).hasSize(1);
        assertThat(net.auditor().flows().failedFlows()).as("the auditor's request, failed where its operator sees why")
                .singleElement().satisfies(failed -> assertThat(failed.failure())
                        .contains("State Insurance Regulator refuses to record " + tampered.get(0).getId()).contains("does not match it"));
        assertThat(net.auditor().ledger().transactions().contains(tampered.get(0).getId())).isFalse();
        assertThat(net.auditor().ledger().vault().unconsumed(ClaimState.class)).isEmpty();
        // The genuine transaction was notarised and recorded by both parties; the auditor keeps its tear-off.
        assertThat(net.stMary().ledger().vault().unconsumed(ClaimState.class)).hasSize(1);
        assertThat(net.insurer().ledger().vault().unconsumed(ClaimState.class)).hasSize(1);
        assertThat(ClaimNetwork.statusOf(net.stMary(), submission.flowId())).isEqualTo(FlowStatus.COMPLETED);
        assertThat(net.network.auditorsTearOffs().find(submission.get().getId())).isPresent();
    }

    /** The same submission with the first line's charge raised, carrying the original signatures. */
    private SignedTransaction withInflatedCharge(SignedTransaction original) {
        WireTransaction wire = original.getTx();
        ClaimState claim = wire.outputsOfType(ClaimState.class).get(0);
        var lines = new ArrayList<>(claim.getClaim().getServiceLines());
        lines.set(0, lines.get(0).withCharge(lines.get(0).getCharge().add(money("1000.00"))));
        ClaimState inflated = claim.withClaim(claim.getClaim().withServiceLines(lines));
        StateAndRef<CoverageState> coverage = net.insurer().ledger().vault().unconsumed(CoverageState.class).stream()
                .filter(c -> c.getRef().equals(wire.getReferences().get(0))).findFirst().orElseThrow();
        WireTransaction altered = net.stMary().ledger().build(new WireTransactionBuilder(wire.getNotary())
                .reference(coverage)
                .output(inflated, ClaimContract.ID)
                .command(new ClaimContract.Commands.Submit(), wire.getCommands().get(0).getSigners())
                .timeWindow(wire.getTimeWindow()));
        return new SignedTransaction(altered, original.getSigs());
    }

    private long[] transactionCounts() {
        return net.network.nodes().stream().mapToLong(n -> n.ledger().transactions().count()).toArray();
    }
}
