package net.claimsnet.node;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.CheckpointCommit;
import net.claimsnet.flows.checkpoint.CheckpointStore;
import net.claimsnet.flows.checkpoint.FinishedSession;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.corda.core.transactions.SignedTransaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node whose steps run in database transactions (its stores on H2) and whose transport delivers at once
 * (the in-memory one): nothing it sends may reach a peer before the step that sent it has committed. A
 * peer could otherwise act on what the node cannot yet show: the auditor, handed a tear-off, asked the
 * insurer for the transaction whole and was told it held none (a failed CI run of RestoreFromBackupTest).
 */
class StepSendsAfterCommitTest {

    private static final long PATIENCE_SECONDS = 60;

    @Test
    void an_insurer_on_a_database_sends_nothing_from_inside_a_step_transaction(@TempDir Path directory) throws Exception {
        try (H2NodeDatabase acme = H2NodeDatabase.open(directory.resolve("acme"), Clock.systemUTC())) {
            NodeStores stores = acme.stores();
            StepTracking steps = new StepTracking(stores.checkpoints());
            NodeStores tracked = new NodeStores(stores.transactions(), stores.vault(), stores.attachments(), steps,
                    stores.uniqueness(), stores.tornOff(), stores.filingReservations());
            try (InMemoryNetwork network = InMemoryNetwork.threaded(2).stores(InMemoryNetwork.INSURER, tracked).build()) {
                AtomicInteger sentByInsurer = new AtomicInteger();
                AtomicInteger sentInsideAStep = new AtomicInteger();
                // The in-memory transport delivers on the sending thread: a tap there sees whether a step is open.
                network.transport().tap(envelope -> {
                    if (envelope.sender().equals(InMemoryNetwork.INSURER)) {
                        sentByInsurer.incrementAndGet();
                        if (steps.stepOpenOnThisThread()) {
                            sentInsideAStep.incrementAndGet();
                        }
                    }
                });

                CoverageState coverage = SampleClaims.coverage(network.insurer().identity(), "M-1");
                network.insurer().startFlow(new IssueCoverageFlow.Initiator(coverage)).result().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
                network.insurer().startFlow(new OpenAccumulatorFlow.Initiator(SampleClaims.accumulator(coverage)))
                        .result().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
                SignedTransaction filed = network.stMary().startFlow(new SubmitClaimFlow.Initiator(SampleClaims.details("M-1"),
                        InMemoryNetwork.INSURER)).result().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
                ClaimState claim = filed.getTx().outputsOfType(ClaimState.class).get(0);
                network.insurer().startFlow(new AdjudicateClaimFlow.Initiator(claim.getLinearId())).result()
                        .get(PATIENCE_SECONDS, TimeUnit.SECONDS);

                assertThat(steps.stepsRun()).as("steps the insurer ran in its database").isPositive();
                assertThat(sentByInsurer.get()).as("messages the insurer sent").isPositive();
                assertThat(sentInsideAStep.get()).as("messages delivered while the step that sent them had not committed").isZero();
            }
        }
    }

    /** The node's checkpoint store, telling whether the calling thread is inside a step's database transaction. */
    private static final class StepTracking implements CheckpointStore {

        private final CheckpointStore store;
        private final ThreadLocal<Boolean> inStep = ThreadLocal.withInitial(() -> false);
        private final AtomicInteger steps = new AtomicInteger();

        StepTracking(CheckpointStore store) {
            this.store = store;
        }

        boolean stepOpenOnThisThread() {
            return inStep.get();
        }

        int stepsRun() {
            return steps.get();
        }

        @Override
        public void runStep(Runnable step) {
            steps.incrementAndGet();
            inStep.set(true);
            try {
                store.runStep(step);
            } finally {
                inStep.set(false);
            }
        }

        @Override
        public void commit(CheckpointCommit commit) {
            store.commit(commit);
        }

        @Override
        public void commit(CheckpointCommit commit, Runnable alongside) {
            store.commit(commit, alongside);
        }

        @Override
        public Optional<Checkpoint> find(String flowId) {
            return store.find(flowId);
        }

        @Override
        public List<Checkpoint> unfinished() {
            return store.unfinished();
        }

        @Override
        public boolean isProcessed(String messageId) {
            return store.isProcessed(messageId);
        }

        @Override
        public Optional<FinishedSession> finishedSession(String sessionId) {
            return store.finishedSession(sessionId);
        }
    }
}
