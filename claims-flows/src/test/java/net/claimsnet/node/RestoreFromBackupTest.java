package net.claimsnet.node;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.access.GrantsForTests;
import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.flows.engine.EngineSettings;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.node.recovery.RecoveryReport;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.CoverageState;
import net.claimsnet.storage.jpa.backup.H2Backup;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, "Backup and restore": the insurer, on its H2 file, is backed up online while claims are being
 * adjudicated; the network works on (adjudications finish, claims are settled, new claims are filed and
 * adjudicated); then the insurer's database is lost and restored from the backup. As it starts it takes
 * back from its peers what it recorded after the backup, and the flows the backup resumed either finish
 * or end with a reason; every claim then has the same states at every party, the accumulators agree with
 * the auditor's, and the restored insurer adjudicates and settles a new claim.
 */
class RestoreFromBackupTest {

    private static final List<String> MEMBERS = List.of("M-1", "M-2", "M-3", "M-4");
    private static final int CLAIMS_BEFORE = 12;
    private static final int CLAIMS_AFTER = 4;
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Test
    void an_insurer_restored_from_a_backup_taken_mid_load_catches_up_from_its_peers_with_nothing_lost(@TempDir Path directory)
            throws Exception {
        // Short resend timeouts: a restored flow's peers are asked again within a second or so.
        EngineSettings settings = new EngineSettings(Duration.ofMillis(300), 10);
        Path backup = directory.resolve("backup.zip");
        H2NodeDatabase acme = H2NodeDatabase.open(directory.resolve("acme"), Clock.systemUTC());
        H2NodeDatabase restored = null;
        try (InMemoryNetwork network = InMemoryNetwork.threaded(2).settings(settings)
                .stores(InMemoryNetwork.INSURER, acme.stores()).build()) {
            NetworkWaits waits = new NetworkWaits(network, PATIENCE);
            openMembers(network);
            GrantsForTests.grantAuditor(network.insurer(), PATIENCE, InMemoryNetwork.ST_MARY, InMemoryNetwork.LAKESIDE);
            List<UniqueIdentifier> claims = file(network, CLAIMS_BEFORE, 0);
            for (UniqueIdentifier claim : claims) {
                network.insurer().startFlow(new AdjudicateClaimFlow.Initiator(claim));
            }
            waits.await(() -> claimsAtInsurer(network, c -> c.getAdjudication() != null) >= 3, "adjudications under way");
            Instant backupTakenAt = network.insurer().services().clock().instant();
            acme.backupTo(backup);
            long inBackup = network.insurer().ledger().transactions().count();

            waits.awaitQuiet(() -> claimsAtInsurer(network, c -> c.getStatus() == ClaimStatus.APPROVED) == CLAIMS_BEFORE);
            for (UniqueIdentifier claim : claims) {
                network.insurer().startFlow(new SettleClaimFlow.Initiator(claim, "EFT-" + claim.getId()));
            }
            waits.awaitQuiet(() -> claimsAtInsurer(network, c -> c.getStatus() == ClaimStatus.SETTLED) == CLAIMS_BEFORE);
            List<UniqueIdentifier> later = file(network, CLAIMS_AFTER, CLAIMS_BEFORE);
            for (UniqueIdentifier claim : later) {
                network.insurer().startFlow(new AdjudicateClaimFlow.Initiator(claim));
            }
            waits.awaitQuiet(() -> claimsAtInsurer(network, c -> c.getStatus() == ClaimStatus.APPROVED) == CLAIMS_AFTER);
            claims.addAll(later);
            long beforeTheLoss = network.insurer().ledger().transactions().count();
            assertThat(beforeTheLoss).as("the network worked on after the backup").isGreaterThan(inBackup);

            network.stop(InMemoryNetwork.INSURER);
            acme.close();
            H2Backup.restore(backup, directory.resolve("acme-restored"));
            restored = H2NodeDatabase.open(directory.resolve("acme-restored"), Clock.systemUTC());
            assertThat(restored.stores().transactions().count()).as("the backup's transactions").isLessThan(beforeTheLoss);
            Node insurer = network.startRestored(InMemoryNetwork.INSURER, restored.stores(), backupTakenAt);

            RecoveryReport report = insurer.recovery().orElseThrow().completion().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(report.complete()).as(report.describe()).isTrue();
            assertThat(report.recorded()).as(report.describe()).isGreaterThan(0);
            waits.awaitQuiet(() -> true);

            assertThat(insurer.ledger().transactions().count()).as("every transaction is back").isEqualTo(beforeTheLoss);
            for (UniqueIdentifier claim : claims) {
                assertSameStatesEverywhere(network, claim);
            }
            for (String member : MEMBERS) {
                assertThat(accumulator(insurer, member)).as("accumulator of %s", member).isEqualTo(accumulator(network.auditor(), member));
            }
            assertNoFlowWaitsWithoutAReason(network);
            for (String flowId : report.abandonedFlows()) {
                Checkpoint abandoned = insurer.flows().record(flowId).orElseThrow();
                assertThat(abandoned.status()).isEqualTo(FlowStatus.ABANDONED);
                assertThat(abandoned.failure()).startsWith("restored from a backup taken at " + backupTakenAt);
            }

            // The restored insurer works on from the recovered ledger: its accumulators are the latest.
            UniqueIdentifier next = file(network, 1, CLAIMS_BEFORE + CLAIMS_AFTER).get(0);
            // The provider's flow ends on the insurer's acknowledgement, sent as the insurer's step commits; on
            // two busy threads its vault may show the claim a moment later (seen once in a full run).
            waits.await(() -> insurer.ledger().vault().latest(next, ClaimState.class).isPresent(), "the next claim at Acme");
            insurer.startFlow(new AdjudicateClaimFlow.Initiator(next)).result().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            insurer.startFlow(new SettleClaimFlow.Initiator(next, "EFT-next")).result().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            waits.awaitQuiet(() -> true);
            assertSameStatesEverywhere(network, next);
        } finally {
            if (restored != null) {
                restored.close();
            }
        }
    }

    private static void assertSameStatesEverywhere(InMemoryNetwork network, UniqueIdentifier claim) {
        List<StateAndRef<ClaimState>> atInsurer = network.insurer().ledger().vault().history(claim, ClaimState.class);
        assertThat(atInsurer).as("versions of %s at the insurer", claim).isNotEmpty();
        Node provider = network.node(atInsurer.get(0).getState().getData().getProvider().getName());
        for (Node node : List.of(provider, network.auditor())) {
            assertThat(node.ledger().vault().history(claim, ClaimState.class))
                    .as("versions of %s at %s", claim, node.name()).isEqualTo(atInsurer);
        }
        assertThat(network.insurer().ledger().vault().latest(claim, ClaimState.class)).isPresent();
    }

    /** Every flow on every node finished, or ended (failed or abandoned) with a reason an operator can read. */
    private static void assertNoFlowWaitsWithoutAReason(InMemoryNetwork network) {
        for (Node node : network.nodes()) {
            assertThat(node.flows().runningCount()).as("flows still running on %s", node.name()).isZero();
            for (Checkpoint failed : node.flows().failedFlows()) {
                assertThat(failed.failure()).as("reason of failed flow %s on %s", failed.flowName(), node.name()).isNotBlank();
            }
        }
    }

    private static BenefitAccumulatorState accumulator(Node node, String member) {
        return node.ledger().vault().unconsumed(BenefitAccumulatorState.class).stream()
                .map(s -> s.getState().getData()).filter(a -> a.getMemberId().equals(member)).findFirst().orElseThrow();
    }

    private static List<UniqueIdentifier> file(InMemoryNetwork network, int count, int first) throws Exception {
        List<FlowHandle<SignedTransaction>> submissions = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            Node provider = i % 2 == 0 ? network.stMary() : network.lakeside();
            submissions.add(provider.startFlow(new SubmitClaimFlow.Initiator(SampleClaims.details(MEMBERS.get(i % 4))
                    .withPriorAuthorizationNumber("PA-" + i), InMemoryNetwork.INSURER)));
        }
        List<UniqueIdentifier> claims = new ArrayList<>();
        for (FlowHandle<SignedTransaction> submission : submissions) {
            SignedTransaction filed = submission.result().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            claims.add(filed.getTx().outputsOfType(ClaimState.class).get(0).getLinearId());
        }
        return claims;
    }

    private static void openMembers(InMemoryNetwork network) throws Exception {
        List<CompletableFuture<?>> setup = new ArrayList<>();
        for (String member : MEMBERS) {
            CoverageState sample = SampleClaims.coverage(network.insurer().identity(), member);
            CoverageState coverage = sample.withBenefits(sample.getBenefits().withDeductible(SampleClaims.money("100.00")));
            setup.add(network.insurer().startFlow(new IssueCoverageFlow.Initiator(coverage)).result());
            setup.add(network.insurer().startFlow(new OpenAccumulatorFlow.Initiator(SampleClaims.accumulator(coverage))).result());
        }
        CompletableFuture.allOf(setup.toArray(new CompletableFuture[0])).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    }

    private static long claimsAtInsurer(InMemoryNetwork network, Predicate<ClaimState> which) {
        return network.insurer().ledger().vault().unconsumed(ClaimState.class).stream()
                .map(s -> s.getState().getData()).filter(which).count();
    }


}
