package net.claimsnet.flows;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.access.GrantAccessFlow;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.AppealClaimFlow;
import net.claimsnet.flows.claim.ProvideInformationFlow;
import net.claimsnet.flows.claim.ReplaceClaimFlow;
import net.claimsnet.flows.claim.RequestInformationFlow;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.claim.VoidClaimFlow;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.flows.coverage.TerminateCoverageFlow;
import net.claimsnet.flows.engine.FlowFailedException;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five-node network with each provider's patient covered by Acme and the patient's benefit
 * accumulator open, and the business steps of the claim lifecycle as one-line helpers. St. Mary
 * treats member M-1001, Lakeside member M-2001 (different members, so that neither provider ever
 * needs the other's claims in a back chain). Unless made {@link #withoutGrants()}, Acme has granted the
 * auditor both providers' claims, which it then receives whole.
 */
public final class ClaimNetwork implements AutoCloseable {

    public static final String ST_MARY_MEMBER = SampleClaims.MEMBER_ID;
    public static final String LAKESIDE_MEMBER = "M-2001";

    public final InMemoryNetwork network;

    public ClaimNetwork() {
        this(InMemoryNetwork.deterministic());
    }

    /** The network whose auditor Acme granted both providers' claims: it holds every claim whole, as the parties do. */
    public ClaimNetwork(InMemoryNetwork.Builder builder) {
        this(builder, true);
    }

    private ClaimNetwork(InMemoryNetwork.Builder builder, boolean auditorGranted) {
        network = builder.build();
        for (String member : List.of(ST_MARY_MEMBER, LAKESIDE_MEMBER)) {
            CoverageState coverage = coverageFor(member);
            finish(insurer().startFlow(new IssueCoverageFlow.Initiator(coverage)));
            finish(insurer().startFlow(new OpenAccumulatorFlow.Initiator(SampleClaims.accumulator(coverage))));
        }
        if (auditorGranted) {
            auditorMayRead(stMary());
            auditorMayRead(lakeside());
        }
    }

    /** The network before any grant: the auditor receives tear-offs only, until a test grants it claims. */
    public static ClaimNetwork withoutGrants() {
        return new ClaimNetwork(InMemoryNetwork.deterministic(), false);
    }

    /**
     * The sample coverage with a deductible of 100.00: the first sample claim (152.00 allowed) pays
     * 41.60 after the deductible and 20% coinsurance, later ones 121.60.
     */
    public CoverageState coverageFor(String member) {
        CoverageState coverage = SampleClaims.coverage(insurer().identity(), member);
        return coverage.withBenefits(coverage.getBenefits().withDeductible(DEDUCTIBLE));
    }

    public static final java.math.BigDecimal DEDUCTIBLE = SampleClaims.money("100.00");

    public Node insurer() {
        return network.insurer();
    }

    public Node stMary() {
        return network.stMary();
    }

    public Node lakeside() {
        return network.lakeside();
    }

    public Node auditor() {
        return network.auditor();
    }

    public Node notary() {
        return network.notary();
    }

    public static String memberOf(Node provider) {
        return provider.name().equals(InMemoryNetwork.ST_MARY) ? ST_MARY_MEMBER : LAKESIDE_MEMBER;
    }

    // ---- business steps ---------------------------------------------------------------------------

    public ClaimState providerSubmits(Node provider) {
        return providerSubmits(provider, SampleClaims.details(memberOf(provider)));
    }

    public ClaimState providerSubmits(Node provider, ClaimDetails details) {
        return claimIn(finish(provider.startFlow(new SubmitClaimFlow.Initiator(details, InMemoryNetwork.INSURER))));
    }

    public ClaimState insurerAdjudicates(UniqueIdentifier claimId) {
        return claimIn(finish(insurer().startFlow(new AdjudicateClaimFlow.Initiator(claimId))));
    }

    public ClaimState insurerSettles(UniqueIdentifier claimId, String eftTraceNumber) {
        return claimIn(finish(insurer().startFlow(new SettleClaimFlow.Initiator(claimId, eftTraceNumber))));
    }

    public ClaimState insurerRequestsInformation(UniqueIdentifier claimId, String question) {
        return claimIn(finish(insurer().startFlow(new RequestInformationFlow.Initiator(claimId, question, List.of("N264")))));
    }

    public ClaimState providerAnswers(Node provider, UniqueIdentifier claimId, String answer) {
        return claimIn(finish(provider.startFlow(new ProvideInformationFlow.Initiator(claimId, answer,
                List.of(SecureHash.sha256("operative report"))))));
    }

    public ClaimState providerAppeals(Node provider, UniqueIdentifier claimId, String reason) {
        return claimIn(finish(provider.startFlow(new AppealClaimFlow.Initiator(claimId, reason,
                List.of(SecureHash.sha256("letter of medical necessity"))))));
    }

    public ClaimState providerVoids(Node provider, UniqueIdentifier claimId) {
        return claimIn(finish(provider.startFlow(new VoidClaimFlow.Initiator(claimId))));
    }

    public SignedTransaction providerReplaces(Node provider, UniqueIdentifier claimId, ClaimDetails corrected) {
        return finish(provider.startFlow(new ReplaceClaimFlow.Initiator(claimId, corrected)));
    }

    public SignedTransaction insurerTerminatesCoverage(String member, LocalDate lastDay) {
        return finish(insurer().startFlow(new TerminateCoverageFlow.Initiator(coverage(member).getLinearId(), lastDay)));
    }

    public ClaimState settledClaim(Node provider) {
        ClaimState submitted = providerSubmits(provider);
        insurerAdjudicates(submitted.getLinearId());
        return insurerSettles(submitted.getLinearId(), "EFT-" + submitted.getClaim().getClaimId());
    }

    /**
     * The insurer grants the auditor a provider's claims for 90 days: the auditor receives them whole from
     * then on, and at once those from before (the grant's backlog).
     */
    public AccessGrantState auditorMayRead(Node provider) {
        SignedTransaction grant = finish(insurer().startFlow(new GrantAccessFlow.Initiator(
                AccessScope.provider(provider.name()), "Claims audit of " + provider.name().getOrganisation(),
                network.clock().instant().plus(java.time.Duration.ofDays(90)))));
        return grant.getTx().outputsOfType(AccessGrantState.class).get(0);
    }

    // ---- running flows ----------------------------------------------------------------------------

    /** Runs the network until the flow finishes and returns its result; fails the test if the flow failed. */
    public <T> T finish(FlowHandle<T> handle) {
        network.runNetwork();
        assertThat(handle.result()).as("flow %s finished", handle.flowId()).isDone();
        return handle.get();
    }

    /** Runs the network and returns why the flow failed; fails the test if it did not. */
    public String failureOf(FlowHandle<?> handle) {
        network.runNetwork();
        assertThat(handle.result()).as("flow %s finished", handle.flowId()).isDone();
        assertThat(handle.result()).as("flow %s failed", handle.flowId()).isCompletedExceptionally();
        try {
            handle.result().join();
            throw new AssertionError("unreachable");
        } catch (CompletionException e) {
            assertThat(e.getCause()).isInstanceOf(FlowFailedException.class);
            return e.getCause().getMessage();
        }
    }

    // ---- what each node holds ---------------------------------------------------------------------

    public CoverageState coverage(String member) {
        return insurer().ledger().vault().unconsumed(CoverageState.class).stream()
                .map(s -> s.getState().getData()).filter(c -> c.getMemberId().equals(member))
                .findFirst().orElseThrow();
    }

    public BenefitAccumulatorState accumulator(String member) {
        return insurer().ledger().vault().unconsumed(BenefitAccumulatorState.class).stream()
                .map(s -> s.getState().getData()).filter(a -> a.getMemberId().equals(member))
                .findFirst().orElseThrow();
    }

    /** The node's current version of the claim, if it holds one. */
    public static Optional<ClaimState> claimAt(Node node, UniqueIdentifier claimId) {
        return node.ledger().vault().latest(claimId, ClaimState.class).map(s -> s.getState().getData());
    }

    /** Every version of the claim the node holds, oldest first. */
    public static List<StateAndRef<ClaimState>> historyAt(Node node, UniqueIdentifier claimId) {
        return node.ledger().vault().history(claimId, ClaimState.class);
    }

    public static long unconsumedCount(Node node, Class<? extends ContractState> type) {
        return node.ledger().vault().unconsumed(type).size();
    }

    public static ClaimState claimIn(SignedTransaction transaction) {
        return transaction.getTx().outputsOfType(ClaimState.class).get(0);
    }

    /** Flows still running or failed on any node: a finished scenario leaves none. */
    public List<String> unfinishedFlows() {
        List<String> unfinished = new java.util.ArrayList<>();
        for (Node node : network.nodes()) {
            if (node.flows().runningCount() > 0) {
                unfinished.add(node.name().getOrganisation() + " runs " + node.flows().runningCount());
            }
            node.flows().failedFlows().forEach(f -> unfinished.add(node.name().getOrganisation() + ": " + f));
        }
        return unfinished;
    }

    public static FlowStatus statusOf(Node node, String flowId) {
        return node.flows().status(flowId).orElseThrow();
    }

    @Override
    public void close() {
        network.close();
    }
}
