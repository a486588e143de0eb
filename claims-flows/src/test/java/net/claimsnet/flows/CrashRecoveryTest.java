package net.claimsnet.flows;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.AppealClaimFlow;
import net.claimsnet.flows.claim.ProvideInformationFlow;
import net.claimsnet.flows.claim.ReplaceClaimFlow;
import net.claimsnet.flows.claim.RequestInformationFlow;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.claim.VoidClaimFlow;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import static net.claimsnet.flows.ClaimNetwork.ST_MARY_MEMBER;
import static net.claimsnet.flows.ClaimNetwork.historyAt;
import static net.claimsnet.node.InMemoryNetwork.AUDITOR;
import static net.claimsnet.node.InMemoryNetwork.INSURER;
import static net.claimsnet.node.InMemoryNetwork.NOTARY;
import static net.claimsnet.node.InMemoryNetwork.ST_MARY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every lifecycle flow, every node it involves is restarted (a new node object over the same
 * stores) after each possible number of delivered messages, and the flow must still complete with
 * the claim in the same state everywhere, each step recorded exactly once.
 */
class CrashRecoveryTest {

    /** One lifecycle step: how to bring a claim to where it starts, how to start it, what it leaves. */
    record Scenario(String name, Function<ClaimNetwork, UniqueIdentifier> prepare,
                    BiFunction<ClaimNetwork, UniqueIdentifier, FlowHandle<?>> start, CordaX500Name initiator,
                    List<CordaX500Name> restarted, ClaimStatus expected, int versions) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Scenario> scenarios() {
        Function<ClaimNetwork, UniqueIdentifier> submitted = n -> submit(n).getLinearId();
        Function<ClaimNetwork, UniqueIdentifier> adjudicated = n -> {
            UniqueIdentifier id = submit(n).getLinearId();
            n.insurerAdjudicates(id);
            return id;
        };
        List<CordaX500Name> everyone = List.of(ST_MARY, INSURER, NOTARY, AUDITOR);
        List<CordaX500Name> parties = List.of(ST_MARY, INSURER);
        return Stream.of(
                // The claim's linear id is made by the flow; the scenario knows it by its external (business) id.
                new Scenario("submit", n -> new UniqueIdentifier(SampleClaims.newClaimId()), (n, id) -> n.stMary().startFlow(
                        new SubmitClaimFlow.Initiator(authorised().withClaimId(id.getExternalId()), INSURER)),
                        ST_MARY, everyone, ClaimStatus.SUBMITTED, 1),
                new Scenario("adjudicate", submitted, (n, id) -> n.insurer().startFlow(new AdjudicateClaimFlow.Initiator(id)),
                        INSURER, everyone, ClaimStatus.APPROVED, 2),
                new Scenario("settle", adjudicated, (n, id) -> n.insurer().startFlow(new SettleClaimFlow.Initiator(id, "EFT-9")),
                        INSURER, everyone, ClaimStatus.SETTLED, 3),
                new Scenario("request information", submitted, (n, id) -> n.insurer().startFlow(
                        new RequestInformationFlow.Initiator(id, "Which knee?", List.of("N264"))),
                        INSURER, parties, ClaimStatus.INFO_REQUESTED, 2),
                new Scenario("provide information", n -> {
                    UniqueIdentifier id = submit(n).getLinearId();
                    n.insurerRequestsInformation(id, "Which knee?");
                    return id;
                }, (n, id) -> n.stMary().startFlow(new ProvideInformationFlow.Initiator(id, "Left.", List.of())),
                        ST_MARY, parties, ClaimStatus.INFO_PROVIDED, 3),
                new Scenario("appeal", adjudicated, (n, id) -> n.stMary().startFlow(new AppealClaimFlow.Initiator(id,
                        "Medically necessary.", List.of(SecureHash.sha256("letter")))), ST_MARY, parties, ClaimStatus.APPEALED, 3),
                new Scenario("re-adjudicate", n -> {
                    UniqueIdentifier id = adjudicated.apply(n);
                    n.providerAppeals(n.stMary(), id, "Medically necessary.");
                    return id;
                }, (n, id) -> n.insurer().startFlow(new AdjudicateClaimFlow.Initiator(id)), INSURER, parties,
                        ClaimStatus.APPROVED, 4),
                new Scenario("void", submitted, (n, id) -> n.stMary().startFlow(new VoidClaimFlow.Initiator(id)),
                        ST_MARY, parties, ClaimStatus.VOIDED, 2),
                new Scenario("replace", submitted, (n, id) -> n.stMary().startFlow(new ReplaceClaimFlow.Initiator(id,
                        SampleClaims.details(ST_MARY_MEMBER))), ST_MARY, parties, ClaimStatus.REPLACED, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void aFlowCompletesExactlyOnceWhicheverNodeRestartsAfterWhicheverMessage(Scenario scenario) {
        try (ClaimNetwork net = new ClaimNetwork()) {
            int messages = runOnce(net, scenario, null, 0);
            assertThat(messages).isGreaterThan(3);
            int runs = 0;
            for (CordaX500Name restarted : scenario.restarted()) {
                for (int delivered = 0; delivered <= messages; delivered++) {
                    runOnce(net, scenario, restarted, delivered);
                    runs++;
                }
            }
            assertThat(runs).isEqualTo(scenario.restarted().size() * (messages + 1));
        }
    }

    /** Runs the scenario on a fresh claim, restarting the node after the given deliveries; returns the deliveries. */
    private static int runOnce(ClaimNetwork net, Scenario scenario, CordaX500Name restarted, int deliveredBefore) {
        UniqueIdentifier claimId = scenario.prepare().apply(net);
        long insurerTransactions = net.insurer().ledger().transactions().count();
        FlowHandle<?> handle = scenario.start().apply(net, claimId);
        int delivered = net.network.runNetwork(deliveredBefore);
        if (restarted != null) {
            boolean midFlow = net.network.node(scenario.initiator()).flows().status(handle.flowId())
                    .orElseThrow() == FlowStatus.RUNNING;
            net.network.restart(restarted);
            if (midFlow && restarted.equals(scenario.initiator())) {
                // The new node object took the flow up from its checkpoint.
                assertThat(net.network.node(restarted).flows().handle(handle.flowId())).isPresent();
            }
        }
        delivered += net.network.runNetwork();
        if (net.network.node(scenario.initiator()).flows().status(handle.flowId()).orElseThrow() != FlowStatus.COMPLETED) {
            net.network.advanceTime(Duration.ofMinutes(1));
        }
        String where = scenario + ", " + (restarted == null ? "no restart" : restarted.getOrganisation()
                + " restarted after " + deliveredBefore + " messages");
        assertThat(net.network.node(scenario.initiator()).flows().status(handle.flowId())).as(where)
                .hasValue(FlowStatus.COMPLETED);
        assertThat(net.unfinishedFlows()).as(where).isEmpty();
        UniqueIdentifier outcome = linearIdAt(net.stMary(), claimId);
        for (Node node : List.of(net.stMary(), net.insurer(), net.auditor())) {
            List<ClaimState> versions = historyAt(node, outcome).stream().map(s -> s.getState().getData()).toList();
            assertThat(versions).as(where + " at " + node).hasSize(scenario.versions());
            assertThat(versions.get(versions.size() - 1).getStatus()).as(where + " at " + node).isEqualTo(scenario.expected());
        }
        assertThat(net.insurer().ledger().transactions().count()).as(where + ", nothing recorded twice").isEqualTo(insurerTransactions + 1);
        return delivered;
    }

    private static ClaimState submit(ClaimNetwork net) {
        return net.providerSubmits(net.stMary(), authorised());
    }

    /** The sample claim with a prior authorization, so every rule set approves it. */
    private static ClaimDetails authorised() {
        return SampleClaims.details(ST_MARY_MEMBER).withPriorAuthorizationNumber("PA-1");
    }

    /** The claim's linear id at the node: the one given, or the one whose external id is the given one's. */
    private static UniqueIdentifier linearIdAt(Node node, UniqueIdentifier claimId) {
        if (!historyAt(node, claimId).isEmpty()) {
            return claimId;
        }
        return node.ledger().vault().unconsumed(ClaimState.class).stream().map(s -> s.getState().getData().getLinearId())
                .filter(id -> claimId.getExternalId().equals(id.getExternalId())).findFirst().orElseThrow();
    }
}
