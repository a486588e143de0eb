package net.claimsnet.node;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.access.GrantsForTests;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.flows.engine.EngineSettings;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The threaded network with 20 claims of four members in flight when the insurer crashes and
 * restarts over its stores, once during the submissions, once during the adjudications (which
 * queue for the members' accumulators) and once during the settlements: every claim still ends
 * settled exactly once at every party, and every accumulator counts each claim exactly once.
 */
class InsurerRestartUnderLoadTest {

    private static final int CLAIMS = 20;
    private static final List<String> MEMBERS = List.of("M-1", "M-2", "M-3", "M-4");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void everyClaimInFlightWhenTheInsurerRestartsCompletesExactlyOnce() throws Exception {
        // Short resend timeouts: a message lost with the crashed insurer's memory is sent again within a second or so.
        EngineSettings settings = new EngineSettings(Duration.ofMillis(300), 10);
        try (InMemoryNetwork network = InMemoryNetwork.threaded(2).settings(settings).build()) {
            openMembers(network);
            GrantsForTests.grantAuditor(network.insurer(), PATIENCE, InMemoryNetwork.ST_MARY, InMemoryNetwork.LAKESIDE);
            long insurerTransactionsBefore = network.insurer().ledger().transactions().count();

            List<FlowHandle<SignedTransaction>> submissions = new ArrayList<>();
            for (int i = 0; i < CLAIMS; i++) {
                Node provider = i % 2 == 0 ? network.stMary() : network.lakeside();
                submissions.add(provider.startFlow(new SubmitClaimFlow.Initiator(SampleClaims.details(MEMBERS.get(i % 4))
                        .withPriorAuthorizationNumber("PA-" + i), InMemoryNetwork.INSURER)));
            }
            restartInsurerOnce(network, () -> claimsAtInsurer(network, c -> true) >= 3);
            List<UniqueIdentifier> claims = new ArrayList<>();
            for (FlowHandle<SignedTransaction> submission : submissions) {
                claims.add(claimIn(submission.result().get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).getLinearId());
            }

            for (UniqueIdentifier claim : claims) {
                network.insurer().startFlow(new AdjudicateClaimFlow.Initiator(claim));
            }
            restartInsurerOnce(network, () -> claimsAtInsurer(network, c -> c.getAdjudication() != null) >= 3);
            new NetworkWaits(network, PATIENCE).awaitQuiet(() -> claimsAtInsurer(network, c -> c.getStatus() == ClaimStatus.APPROVED) == CLAIMS);

            for (UniqueIdentifier claim : claims) {
                network.insurer().startFlow(new SettleClaimFlow.Initiator(claim, "EFT-" + claim.getExternalId()));
            }
            restartInsurerOnce(network, () -> claimsAtInsurer(network, c -> c.getSettlement() != null) >= 3);
            new NetworkWaits(network, PATIENCE).awaitQuiet(() -> claimsAtInsurer(network, c -> c.getStatus() == ClaimStatus.SETTLED) == CLAIMS);

            for (Node node : network.nodes()) {
                assertThat(node.flows().failedFlows()).as("failed flows on %s", node.name()).isEmpty();
            }
            for (UniqueIdentifier claim : claims) {
                ClaimState settled = network.insurer().ledger().vault().latest(claim, ClaimState.class).orElseThrow()
                        .getState().getData();
                Node provider = network.node(settled.getProvider().getName());
                for (Node node : List.of(provider, network.insurer(), network.auditor())) {
                    assertThat(node.ledger().vault().history(claim, ClaimState.class))
                            .as("versions of %s at %s", claim, node.name()).hasSize(3)
                            .last().satisfies(s -> assertThat(s.getState().getData()).isEqualTo(settled));
                }
            }
            // Each claim: submitted, adjudicated, settled; nothing recorded twice anywhere. The auditor, granted both
            // providers' claims, holds what the insurer holds (the members' coverages and accumulators as back chains).
            assertThat(network.insurer().ledger().transactions().count()).isEqualTo(insurerTransactionsBefore + 3L * CLAIMS);
            assertThat(network.auditor().ledger().transactions().count()).isEqualTo(network.insurer().ledger().transactions().count());
            for (String member : MEMBERS) {
                assertAccumulatorCountsEachClaimOnce(network, member);
            }
        }
    }

    private static void openMembers(InMemoryNetwork network) throws Exception {
        List<CompletableFuture<?>> setup = new ArrayList<>();
        for (String member : MEMBERS) {
            CoverageState sample = SampleClaims.coverage(network.insurer().identity(), member);
            // A deductible the first claim meets in part, so every claim pays something and the accumulator moves.
            CoverageState coverage = sample.withBenefits(sample.getBenefits().withDeductible(SampleClaims.money("100.00")));
            setup.add(network.insurer().startFlow(new IssueCoverageFlow.Initiator(coverage)).result());
            setup.add(network.insurer().startFlow(new OpenAccumulatorFlow.Initiator(SampleClaims.accumulator(coverage))).result());
        }
        CompletableFuture.allOf(setup.toArray(new CompletableFuture[0])).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    /** Crashes the insurer as soon as the work is under way, and starts it again over its stores. */
    private static void restartInsurerOnce(InMemoryNetwork network, BooleanSupplier underWay) throws InterruptedException {
        new NetworkWaits(network, PATIENCE).await(underWay, "the work to get under way");
        network.stop(InMemoryNetwork.INSURER);
        Thread.sleep(50);
        network.start(InMemoryNetwork.INSURER);
    }



    private static long claimsAtInsurer(InMemoryNetwork network, Predicate<ClaimState> which) {
        return network.insurer().ledger().vault().unconsumed(ClaimState.class).stream()
                .map(s -> s.getState().getData()).filter(which).count();
    }

    private static void assertAccumulatorCountsEachClaimOnce(InMemoryNetwork network, String member) {
        BigDecimal deductible = BigDecimal.ZERO;
        BigDecimal outOfPocket = BigDecimal.ZERO;
        int claims = 0;
        for (var state : network.insurer().ledger().vault().unconsumed(ClaimState.class)) {
            ClaimState claim = state.getState().getData();
            if (claim.getClaim().getPatient().getMemberId().equals(member)) {
                deductible = deductible.add(claim.getAdjudication().totalDeductible());
                outOfPocket = outOfPocket.add(claim.getAdjudication().totalPatientResponsibility());
                claims++;
            }
        }
        BenefitAccumulatorState accumulator = network.insurer().ledger().vault().unconsumed(BenefitAccumulatorState.class)
                .stream().map(s -> s.getState().getData()).filter(a -> a.getMemberId().equals(member)).findFirst().orElseThrow();
        assertThat(claims).isEqualTo(CLAIMS / MEMBERS.size());
        assertThat(accumulator.getDeductibleMet()).as("deductible met by %s", member).isEqualByComparingTo(deductible);
        assertThat(accumulator.getOutOfPocketMet()).as("out of pocket of %s", member).isEqualByComparingTo(outOfPocket);
    }

    private static ClaimState claimIn(SignedTransaction transaction) {
        return transaction.getTx().outputsOfType(ClaimState.class).get(0);
    }
}
