package net.claimsnet.storage.jpa;

import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.CheckpointCommit;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.notary.NotaryCommits;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.storage.jpa.flow.JpaCheckpointStore;
import net.claimsnet.storage.jpa.flow.JpaOutboxStore;
import net.claimsnet.storage.jpa.notary.CommitLogDigest;
import net.claimsnet.storage.jpa.notary.JpaUniquenessProvider;
import net.claimsnet.storage.jpa.server.NodeOperationsReadings;
import net.claimsnet.storage.jpa.server.NodeOperationsReadings.CommitLogCounts;
import net.claimsnet.storage.jpa.server.NodeOperationsReadings.CommittedTransaction;
import net.claimsnet.storage.jpa.server.NodeOperationsReadings.FailedFlow;
import net.claimsnet.storage.jpa.server.NodeOperationsReadings.FlowCounts;
import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a node's administrator reads about flows, the outbox and the notary's commit log, counted in the database. */
class H2NodeOperationsReadingsTest extends StorageContract {

    private static final Instant NOW = Instant.parse("2025-04-01T12:00:00Z");
    private static final CordaX500Name ST_MARY = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    private static final CordaX500Name ACME = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");

    private NodeOperationsReadings readings;

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }

    @BeforeEach
    void readThisDatabase() {
        readings = new NodeOperationsReadings(database.transactions());
    }

    @Test
    void an_empty_node_counts_nothing() {
        assertThat(readings.flowCounts()).isEqualTo(new FlowCounts(0, 0, 0, 0));
        assertThat(readings.commitLogCounts()).isEqualTo(new CommitLogCounts(0, 0, 0));
        assertThat(readings.failedFlows(10)).isEmpty();
        assertThat(readings.committedTransaction(SecureHash.randomSHA256().toString())).isEmpty();
    }

    @Test
    void flows_are_counted_by_status_and_messages_by_whether_they_still_wait_for_delivery() {
        JpaCheckpointStore checkpoints = new JpaCheckpointStore(database.transactions(), TestColumns.ENCRYPTION);
        checkpoints.commit(new CheckpointCommit(checkpoint("F-1", FlowStatus.RUNNING), List.of(), List.of()));
        checkpoints.commit(new CheckpointCommit(checkpoint("F-2", FlowStatus.RUNNING), List.of(), List.of()));
        checkpoints.commit(new CheckpointCommit(checkpoint("F-3", FlowStatus.FAILED), List.of(), List.of()));
        checkpoints.commit(new CheckpointCommit(checkpoint("F-4", FlowStatus.COMPLETED), List.of(), List.of()));
        JpaOutboxStore outbox = new JpaOutboxStore(database.transactions(), ACME, TestColumns.ENCRYPTION);
        for (String id : List.of("M-1", "M-2", "M-3", "M-4")) {
            outbox.add(new Envelope(id, ACME, ST_MARY, "S-1", MessageKind.DATA, 1, 0, null, new byte[] {1}), NOW);
        }
        outbox.delivered("M-1", NOW);
        outbox.refused("M-2", "HTTP 403: bad signature", NOW);
        outbox.failed("M-3", "ConnectException: Connection refused", NOW);

        assertThat(readings.flowCounts()).as("a failed delivery is retried: it still waits")
                .isEqualTo(new FlowCounts(2, 1, 2, 1));
    }

    @Test
    void failed_flows_are_listed_with_their_reasons_most_recent_first_and_no_more_than_asked() {
        JpaCheckpointStore checkpoints = new JpaCheckpointStore(database.transactions(), TestColumns.ENCRYPTION);
        checkpoints.commit(new CheckpointCommit(new Checkpoint("F-old", "SubmitClaimFlow$Initiator", FlowStatus.FAILED,
                "timed out waiting for Acme", new byte[] {1}, NOW, NOW.plusSeconds(5)), List.of(), List.of()));
        checkpoints.commit(new CheckpointCommit(new Checkpoint("F-new", "SettleClaimFlow$Initiator", FlowStatus.FAILED,
                "refused by the notary", new byte[] {1}, NOW, NOW.plusSeconds(9)), List.of(), List.of()));
        checkpoints.commit(new CheckpointCommit(checkpoint("F-running", FlowStatus.RUNNING), List.of(), List.of()));

        assertThat(readings.failedFlows(10)).containsExactly(
                new FailedFlow("F-new", "SettleClaimFlow$Initiator", "refused by the notary", NOW, NOW.plusSeconds(9)),
                new FailedFlow("F-old", "SubmitClaimFlow$Initiator", "timed out waiting for Acme", NOW, NOW.plusSeconds(5)));
        assertThat(readings.failedFlows(1)).extracting(FailedFlow::flowId).containsExactly("F-new");
    }

    @Test
    void the_commit_log_counts_transactions_and_consumed_states_and_tells_who_asked_for_one_and_when() {
        JpaUniquenessProvider notary = new JpaUniquenessProvider(database.transactions(), TestColumns.ENCRYPTION);
        SecureHash adjudication = SecureHash.randomSHA256();
        SecureHash filing = SecureHash.randomSHA256();
        notary.commit(NotaryCommits.commit(adjudication, List.of(new StateRef(SecureHash.randomSHA256(), 0), new StateRef(SecureHash.randomSHA256(), 1)),
                List.of(), ACME, NOW));
        notary.commit(NotaryCommits.commit(filing, List.of(), List.of(), ST_MARY, NOW.plusSeconds(1)));

        assertThat(readings.commitLogCounts()).isEqualTo(new CommitLogCounts(2, 2, 2));
        assertThat(readings.committedTransaction(adjudication.toString()))
                .hasValue(new CommittedTransaction(adjudication.toString(), ACME.toString(), NOW, 2, 2, null, null));
        assertThat(readings.committedTransaction(filing.toString()).orElseThrow().consumedStates()).isZero();
        assertThat(readings.committedTransaction(SecureHash.randomSHA256().toString())).isEmpty();
    }

    @Test
    void the_commit_log_digest_names_each_consumed_state_and_the_transaction_that_consumed_it() {
        JpaUniquenessProvider notary = new JpaUniquenessProvider(database.transactions(), TestColumns.ENCRYPTION);
        SecureHash adjudication = SecureHash.randomSHA256();
        StateRef filed = new StateRef(SecureHash.randomSHA256(), 0);
        StateRef pended = new StateRef(SecureHash.randomSHA256(), 1);
        notary.commit(NotaryCommits.commit(SecureHash.randomSHA256(), List.of(filed), List.of(), ACME, NOW));
        notary.commit(NotaryCommits.commit(adjudication, List.of(pended), List.of(), ACME, NOW.plusSeconds(10)));
        CommitLogDigest digest = new CommitLogDigest(database.transactions());

        assertThat(digest.committedSince(NOW.plusSeconds(5), 10)).containsExactly(
                new CommitLogDigest.CommittedState(pended.getTxhash() + ":1", adjudication.toString(), NOW.plusSeconds(10)));
        assertThat(digest.committedSince(NOW, 10)).hasSize(2);
        assertThat(digest.committedSince(NOW, 1)).as("no more than asked").hasSize(1);
    }

    private static Checkpoint checkpoint(String flowId, FlowStatus status) {
        return new Checkpoint(flowId, "AdjudicateClaimFlow$Initiator", status, status == FlowStatus.FAILED ? "no answer" : null,
                new byte[] {9}, NOW, NOW);
    }
}
