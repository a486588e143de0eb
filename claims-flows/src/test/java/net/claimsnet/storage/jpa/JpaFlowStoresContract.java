package net.claimsnet.storage.jpa;

import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.CheckpointCommit;
import net.claimsnet.flows.checkpoint.FinishedSession;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.notary.CommitResult;
import net.claimsnet.flows.notary.NotaryCommits;
import net.claimsnet.flows.notary.SignedNotarisationRequest;
import net.claimsnet.flows.notary.StateConflict;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.flows.transport.OutboxMessage;
import net.claimsnet.storage.jpa.flow.JpaCheckpointStore;
import net.claimsnet.storage.jpa.flow.JpaInboxStore;
import net.claimsnet.storage.jpa.flow.JpaOutboxStore;
import net.claimsnet.storage.jpa.notary.JpaUniquenessProvider;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The flow engine's and the transport's stores on JPA: checkpoints committed a step at a time,
 * the inbox and the outbox, and the notary's commit log, which lets exactly one of two conflicting
 * commits through even when they race on two threads with their own EntityManagers.
 */
abstract class JpaFlowStoresContract extends StorageContract {

    private static final Instant NOW = Instant.parse("2025-04-01T12:00:00Z");
    private static final CordaX500Name ST_MARY = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    private static final CordaX500Name ACME = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");
    private static final CordaX500Name LAKESIDE = CordaX500Name.parse("O=Lakeside Clinic,L=Denver,C=US");


    private static Envelope envelope(String id, MessageKind kind, long sequence) {
        return new Envelope(id, ACME, ST_MARY, "S-1", kind, sequence, sequence - 1,
                kind == MessageKind.INIT ? "net.claimsnet.flows.claim.SubmitClaimFlow$Initiator" : null, new byte[] {1, 2, 3});
    }

    private static Checkpoint checkpoint(String flowId, FlowStatus status, byte[] state, Instant at) {
        return new Checkpoint(flowId, "SubmitClaimFlow$Initiator", status, status == FlowStatus.FAILED ? "no answer" : null,
                state, NOW, at);
    }

    // ---- checkpoints ---------------------------------------------------------------------------

    @Test
    void what_a_step_sends_is_queued_in_its_checkpoints_commit_and_the_sender_woken_after_it() {
        JpaCheckpointStore checkpoints = new JpaCheckpointStore(database.transactions(), TestColumns.ENCRYPTION);
        JpaOutboxStore outbox = new JpaOutboxStore(database.transactions(), ACME, TestColumns.ENCRYPTION);
        AtomicBoolean wokenBeforeCommit = new AtomicBoolean();
        AtomicBoolean woken = new AtomicBoolean();

        checkpoints.commit(new CheckpointCommit(checkpoint("F-7", FlowStatus.RUNNING, new byte[] {7}, NOW), List.of(), List.of()), () -> {
            outbox.addAll(List.of(envelope("S-1/i/1", MessageKind.INIT, 1)), NOW);
            outbox.whenStored(() -> woken.set(true));
            wokenBeforeCommit.set(woken.get());
        });

        assertThat(wokenBeforeCommit).isFalse();
        assertThat(woken).isTrue();
        assertThat(checkpoints.find("F-7")).isPresent();
        assertThat(outbox.find("S-1/i/1")).isPresent();
    }

    @Test
    void a_step_whose_sending_fails_leaves_neither_its_checkpoint_nor_its_messages_and_wakes_nobody() {
        JpaCheckpointStore checkpoints = new JpaCheckpointStore(database.transactions(), TestColumns.ENCRYPTION);
        JpaOutboxStore outbox = new JpaOutboxStore(database.transactions(), ACME, TestColumns.ENCRYPTION);
        AtomicBoolean woken = new AtomicBoolean();

        assertThatThrownBy(() -> checkpoints.commit(new CheckpointCommit(checkpoint("F-8", FlowStatus.RUNNING, new byte[] {8}, NOW),
                List.of("M-8"), List.of()), () -> {
            outbox.addAll(List.of(envelope("S-1/i/8", MessageKind.INIT, 1)), NOW);
            outbox.whenStored(() -> woken.set(true));
            throw new IllegalStateException("the node stopped before the commit");
        })).hasMessage("the node stopped before the commit");

        assertThat(woken).isFalse();
        assertThat(checkpoints.find("F-8")).isEmpty();
        assertThat(checkpoints.isProcessed("M-8")).isFalse();
        assertThat(outbox.find("S-1/i/8")).isEmpty();
    }

    @Test
    void outside_a_transaction_the_sender_is_woken_at_once() {
        AtomicBoolean woken = new AtomicBoolean();

        new JpaOutboxStore(database.transactions(), ACME, TestColumns.ENCRYPTION).whenStored(() -> woken.set(true));

        assertThat(woken).isTrue();
    }

    @Test
    void a_commit_writes_the_checkpoint_the_processed_ids_and_the_finished_sessions_together() {
        JpaCheckpointStore store = new JpaCheckpointStore(database.transactions(), TestColumns.ENCRYPTION);
        Envelope lastAck = envelope("S-1/r/2", MessageKind.DATA, 2);

        store.commit(new CheckpointCommit(checkpoint("F-1", FlowStatus.RUNNING, new byte[] {9}, NOW), List.of("M-1"), List.of()));
        store.commit(new CheckpointCommit(checkpoint("F-1", FlowStatus.COMPLETED, new byte[] {10}, NOW.plusSeconds(1)),
                List.of("M-2"), List.of(new FinishedSession("S-1", 2, List.of(lastAck)))));

        Checkpoint found = new JpaCheckpointStore(database.transactions(), TestColumns.ENCRYPTION).find("F-1").orElseThrow();
        assertThat(found.status()).isEqualTo(FlowStatus.COMPLETED);
        assertThat(found.state()).as("a finished flow keeps its record without state").isNull();
        assertThat(found.updatedAt()).isEqualTo(NOW.plusSeconds(1));
        assertThat(store.isProcessed("M-1")).isTrue();
        assertThat(store.isProcessed("M-2")).isTrue();
        assertThat(store.isProcessed("M-3")).isFalse();
        FinishedSession session = store.finishedSession("S-1").orElseThrow();
        assertThat(session.lastReceived()).isEqualTo(2);
        assertThat(session.unacknowledged()).singleElement().satisfies(e -> {
            assertThat(e.messageId()).isEqualTo("S-1/r/2");
            assertThat(e.payload()).containsExactly(1, 2, 3);
            assertThat(e.sender()).isEqualTo(ACME);
        });
        assertThat(store.unfinished()).isEmpty();
        assertThat(store.finishedSession("S-2")).isEmpty();
    }

    @Test
    void unfinished_flows_are_the_running_and_failed_ones_oldest_first_with_their_state() {
        JpaCheckpointStore store = new JpaCheckpointStore(database.transactions(), TestColumns.ENCRYPTION);
        store.commit(new CheckpointCommit(new Checkpoint("F-2", "B", FlowStatus.RUNNING, null, new byte[] {2}, NOW.plusSeconds(5), NOW),
                List.of(), List.of()));
        store.commit(new CheckpointCommit(new Checkpoint("F-1", "A", FlowStatus.FAILED, "no answer", new byte[] {1}, NOW, NOW),
                List.of(), List.of()));
        store.commit(new CheckpointCommit(new Checkpoint("F-3", "C", FlowStatus.ABANDONED, "operator", null, NOW, NOW),
                List.of(), List.of()));

        assertThat(store.unfinished()).extracting(Checkpoint::flowId).containsExactly("F-1", "F-2");
        assertThat(store.unfinished().get(1).state()).containsExactly(2);
        assertThat(store.unfinished().get(0).failure()).isEqualTo("no answer");
    }

    @Test
    void a_commit_that_fails_half_way_leaves_nothing_of_the_step() {
        JpaCheckpointStore store = new JpaCheckpointStore(database.transactions(), TestColumns.ENCRYPTION);
        store.commit(new CheckpointCommit(checkpoint("F-1", FlowStatus.RUNNING, new byte[] {1}, NOW), List.of(), List.of()));
        // A finished session whose id is longer than its column: the database refuses the last write of the step.
        FinishedSession tooLong = new FinishedSession("S".repeat(500), 1, List.of());

        assertThatThrownBy(() -> store.commit(new CheckpointCommit(checkpoint("F-1", FlowStatus.RUNNING, new byte[] {2}, NOW.plusSeconds(1)),
                List.of("M-9"), List.of(tooLong)))).isInstanceOf(RuntimeException.class);

        assertThat(store.find("F-1").orElseThrow().state()).containsExactly(1);
        assertThat(store.isProcessed("M-9")).isFalse();
    }

    // ---- inbox ---------------------------------------------------------------------------------

    @Test
    void the_inbox_takes_an_id_once_and_keeps_session_messages_until_the_engine_processed_them() {
        JpaInboxStore inbox = new JpaInboxStore(database.transactions(), TestColumns.ENCRYPTION);
        JpaCheckpointStore checkpoints = new JpaCheckpointStore(database.transactions(), TestColumns.ENCRYPTION);

        assertThat(inbox.receive(envelope("M-1", MessageKind.INIT, 1), NOW)).isTrue();
        assertThat(inbox.receive(envelope("M-1", MessageKind.INIT, 1), NOW)).isFalse();
        assertThat(inbox.receive(envelope("M-2", MessageKind.DATA, 2), NOW.plusSeconds(1))).isTrue();
        assertThat(inbox.receive(envelope("F-1", MessageKind.FETCH_REQUEST, 0), NOW)).isTrue();

        assertThat(inbox.unprocessed()).extracting(Envelope::messageId).containsExactly("M-1", "M-2");
        Envelope kept = inbox.unprocessed().get(0);
        assertThat(kept.protocol()).isEqualTo("net.claimsnet.flows.claim.SubmitClaimFlow$Initiator");
        assertThat(kept.sequence()).isEqualTo(1);
        assertThat(kept.payload()).containsExactly(1, 2, 3);

        checkpoints.commit(new CheckpointCommit(checkpoint("F-1", FlowStatus.RUNNING, new byte[] {1}, NOW), List.of("M-1"), List.of()));

        assertThat(inbox.unprocessed()).extracting(Envelope::messageId).containsExactly("M-2");
        assertThat(inbox.receive(envelope("M-1", MessageKind.INIT, 1), NOW)).isFalse();
    }

    @Test
    void a_batch_enters_the_inbox_in_one_commit_saying_which_of_its_messages_are_new() {
        JpaInboxStore inbox = new JpaInboxStore(database.transactions(), TestColumns.ENCRYPTION);
        inbox.receive(envelope("M-1", MessageKind.INIT, 1), NOW);

        List<Boolean> fresh = inbox.receiveAll(List.of(envelope("M-1", MessageKind.INIT, 1), envelope("M-2", MessageKind.DATA, 2),
                envelope("F-1", MessageKind.FETCH_REQUEST, 0), envelope("M-2", MessageKind.DATA, 2)), NOW);

        assertThat(fresh).containsExactly(false, true, true, false);
        assertThat(inbox.unprocessed()).extracting(Envelope::messageId).containsExactly("M-1", "M-2");
        assertThat(inbox.receiveAll(List.of(), NOW)).isEmpty();
    }

    @Test
    void an_id_the_engine_processed_without_an_inbox_row_is_refused_by_the_inbox_later() {
        JpaCheckpointStore checkpoints = new JpaCheckpointStore(database.transactions(), TestColumns.ENCRYPTION);
        checkpoints.commit(new CheckpointCommit(null, List.of("M-7"), List.of()));

        assertThat(checkpoints.isProcessed("M-7")).isTrue();
        assertThat(new JpaInboxStore(database.transactions(), TestColumns.ENCRYPTION).receive(envelope("M-7", MessageKind.DATA, 3), NOW)).isFalse();
    }

    // ---- outbox --------------------------------------------------------------------------------

    @Test
    void the_outbox_hands_out_due_messages_oldest_first_and_records_each_outcome() {
        JpaOutboxStore outbox = new JpaOutboxStore(database.transactions(), ACME, TestColumns.ENCRYPTION);
        outbox.add(envelope("M-1", MessageKind.INIT, 1), NOW);
        outbox.add(envelope("M-2", MessageKind.DATA, 2), NOW.plusSeconds(1));
        outbox.add(envelope("M-3", MessageKind.DATA, 3), NOW.plusSeconds(2));
        outbox.add(envelope("M-1", MessageKind.INIT, 1), NOW.plusSeconds(3));

        List<OutboxMessage> due = outbox.due(NOW.plusSeconds(10), 10);
        assertThat(due).extracting(OutboxMessage::messageId).containsExactly("M-1", "M-2", "M-3");
        assertThat(due.get(0).envelope().sender()).isEqualTo(ACME);
        assertThat(due.get(0).envelope().protocol()).isEqualTo("net.claimsnet.flows.claim.SubmitClaimFlow$Initiator");
        assertThat(due.get(1).envelope().protocol()).isNull();
        assertThat(outbox.due(NOW.plusSeconds(10), 2)).hasSize(2);

        outbox.delivered("M-1", NOW.plusSeconds(11));
        outbox.failed("M-2", "ConnectException: Connection refused", NOW.plusSeconds(20));
        outbox.refused("M-3", "HTTP 403: bad signature", NOW.plusSeconds(11));

        assertThat(outbox.due(NOW.plusSeconds(19), 10)).isEmpty();
        assertThat(outbox.nextAttemptAt()).hasValue(NOW.plusSeconds(20));
        assertThat(outbox.pendingCount()).isEqualTo(1);
        OutboxMessage delivered = outbox.find("M-1").orElseThrow();
        assertThat(delivered.status()).isEqualTo(OutboxMessage.Status.DELIVERED);
        assertThat(delivered.envelope().payload()).as("the payload is dropped once delivered").isEmpty();
        OutboxMessage failed = outbox.find("M-2").orElseThrow();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("ConnectException: Connection refused");
        assertThat(outbox.refusedMessages()).singleElement().satisfies(m -> {
            assertThat(m.messageId()).isEqualTo("M-3");
            assertThat(m.lastError()).isEqualTo("HTTP 403: bad signature");
            assertThat(m.status()).isEqualTo(OutboxMessage.Status.REFUSED);
        });

        outbox.expedite(ST_MARY, NOW.plusSeconds(12));
        assertThat(outbox.due(NOW.plusSeconds(12), 10)).extracting(OutboxMessage::messageId).containsExactly("M-2");
        outbox.postpone("M-2", "waiting", NOW.plusSeconds(30));
        assertThat(outbox.find("M-2").orElseThrow().attempts()).as("a postponement is not an attempt").isEqualTo(1);
        assertThat(outbox.nextAttemptAt()).hasValue(NOW.plusSeconds(30));
    }

    @Test
    void what_was_queued_since_the_last_read_is_handed_over_from_memory_once_and_a_read_forgets_it() {
        // Issue 16: the dispatcher sends what a step just queued without reading it back (while no retry waits).
        JpaOutboxStore outbox = new JpaOutboxStore(database.transactions(), ACME, TestColumns.ENCRYPTION);
        outbox.add(envelope("M-1", MessageKind.INIT, 1), NOW);
        outbox.addAll(List.of(envelope("M-2", MessageKind.DATA, 2), envelope("M-1", MessageKind.INIT, 1)), NOW.plusSeconds(1));

        List<OutboxMessage> queued = outbox.takeJustQueued(10);
        assertThat(queued).extracting(OutboxMessage::messageId).as("a resend of one still pending is not queued again")
                .containsExactly("M-1", "M-2");
        assertThat(queued.get(0).envelope().sender()).isEqualTo(ACME);
        assertThat(queued.get(0).attempts()).isZero();
        assertThat(queued.get(0).status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(outbox.takeJustQueued(10)).as("handed over once").isEmpty();

        assertThatThrownBy(() -> database.transactions().run(em -> {
            outbox.add(envelope("M-4", MessageKind.DATA, 4), NOW);
            throw new IllegalStateException("the step failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(outbox.takeJustQueued(10)).as("nothing of a step that rolled back").isEmpty();

        outbox.add(envelope("M-3", MessageKind.DATA, 3), NOW.plusSeconds(2));
        assertThat(outbox.due(NOW.plusSeconds(10), 10)).extracting(OutboxMessage::messageId).containsExactly("M-1", "M-2", "M-3");
        assertThat(outbox.takeJustQueued(10)).as("the read found M-3: not handed out twice").isEmpty();

        outbox.deliveredAll(List.of("M-1"), NOW.plusSeconds(11));
        outbox.add(envelope("M-1", MessageKind.INIT, 1), NOW.plusSeconds(12));
        assertThat(outbox.takeJustQueued(10)).extracting(OutboxMessage::messageId).as("a delivered one queued again")
                .containsExactly("M-1");
    }

    @Test
    void what_a_step_sends_is_queued_at_once_and_a_batch_the_recipient_acknowledged_is_marked_delivered_at_once() {
        JpaOutboxStore outbox = new JpaOutboxStore(database.transactions(), ACME, TestColumns.ENCRYPTION);
        outbox.add(envelope("M-1", MessageKind.INIT, 1), NOW);
        outbox.addAll(List.of(envelope("M-1", MessageKind.INIT, 1), envelope("M-2", MessageKind.DATA, 2),
                envelope("M-3", MessageKind.DATA, 3)), NOW);
        assertThat(outbox.due(NOW, 10)).as("a message queued before is not queued twice")
                .extracting(OutboxMessage::messageId).containsExactly("M-1", "M-2", "M-3");

        outbox.deliveredAll(List.of("M-1", "M-3"), NOW.plusSeconds(1));

        assertThat(outbox.due(NOW.plusSeconds(2), 10)).extracting(OutboxMessage::messageId).containsExactly("M-2");
        assertThat(outbox.find("M-3").orElseThrow().status()).isEqualTo(OutboxMessage.Status.DELIVERED);
        assertThatThrownBy(() -> outbox.deliveredAll(List.of("M-2", "M-404"), NOW.plusSeconds(3))).hasMessageContaining("M-404");
        assertThat(outbox.find("M-2").orElseThrow().status()).as("rolled back with the unknown id")
                .isEqualTo(OutboxMessage.Status.PENDING);
    }

    // ---- notary --------------------------------------------------------------------------------

    @Test
    void the_notary_commits_inputs_once_names_the_consumer_of_a_conflict_and_accepts_a_retry() {
        JpaUniquenessProvider notary = new JpaUniquenessProvider(database.transactions(), TestColumns.ENCRYPTION);
        StateRef claim = new StateRef(SecureHash.randomSHA256(), 0);
        StateRef coverage = new StateRef(SecureHash.randomSHA256(), 1);
        SecureHash first = SecureHash.randomSHA256();
        SecureHash second = SecureHash.randomSHA256();

        assertThat(notary.commit(NotaryCommits.commit(first, List.of(claim), List.of(coverage), ST_MARY, NOW)).isCommitted()).isTrue();
        assertThat(notary.commit(NotaryCommits.commit(first, List.of(claim), List.of(coverage), ST_MARY, NOW.plusSeconds(5))).isCommitted())
                .as("the same transaction again is a retry").isTrue();
        CommitResult conflicting = notary.commit(NotaryCommits.commit(second, List.of(claim), List.of(), ACME, NOW));
        CommitResult spentReference = notary.commit(NotaryCommits.commit(SecureHash.randomSHA256(), List.of(), List.of(claim), ACME, NOW));

        assertThat(conflicting.isCommitted()).isFalse();
        assertThat(conflicting.conflicts()).extracting(StateConflict::getState, StateConflict::getConsumedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(claim, first));
        assertThat(spentReference.isCommitted()).isFalse();
        assertThat(notary.consumedBy(claim)).hasValue(first);
        assertThat(notary.consumedBy(coverage)).as("a reference is not consumed").isEmpty();
        assertThat(notary.isCommitted(first)).isTrue();
        assertThat(notary.isCommitted(second)).isFalse();
        assertThat(notary.requesterOf(first)).hasValue(ST_MARY);
        assertThat(notary.requesterOf(second)).isEmpty();
    }

    @Test
    void a_transaction_without_inputs_is_recorded_as_committed_with_its_requester() {
        JpaUniquenessProvider notary = new JpaUniquenessProvider(database.transactions(), TestColumns.ENCRYPTION);
        SecureHash issue = SecureHash.randomSHA256();

        assertThat(notary.commit(NotaryCommits.commit(issue, List.of(), List.of(), ACME, NOW)).isCommitted()).isTrue();

        assertThat(notary.isCommitted(issue)).isTrue();
        assertThat(notary.requesterOf(issue)).hasValue(ACME);
    }

    @Test
    void the_notary_keeps_the_signed_request_encrypted_and_the_custody_of_the_outputs_and_refuses_a_requester_not_a_custodian() {
        JpaUniquenessProvider notary = new JpaUniquenessProvider(database.transactions(), TestColumns.ENCRYPTION);
        SecureHash filing = SecureHash.randomSHA256();
        StateRef claim = new StateRef(filing, 0);
        assertThat(notary.commit(NotaryCommits.commit(filing, List.of(), List.of(), ST_MARY,
                List.of(Set.of(NotaryCommits.custodian(ST_MARY), NotaryCommits.custodian(ACME))), NOW)).isCommitted()).isTrue();

        JpaUniquenessProvider reread = new JpaUniquenessProvider(database.transactions(), TestColumns.ENCRYPTION);
        SignedNotarisationRequest kept = reread.signedRequestOf(filing).orElseThrow();
        assertThat(kept.requester()).isEqualTo(ST_MARY);
        assertThat(kept.isSignedBy(NotaryCommits.keyOf(ST_MARY).getPublic())).isTrue();
        assertThat(kept.isFor(filing)).isTrue();
        byte[] stored = database.transactions().inTransaction(em -> (byte[]) em.createNativeQuery(
                "select signed_request from notary_transaction where tx_id = ?1").setParameter(1, filing.toString()).getSingleResult());
        assertThat(stored).as("encrypted in its column").isNotEqualTo(kept.toBytes());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("St. Mary");
        assertThat(reread.custodiansOf(claim)).hasValue(Set.of(NotaryCommits.custodian(ST_MARY), NotaryCommits.custodian(ACME)));

        SecureHash byLakeside = SecureHash.randomSHA256();
        CommitResult refused = reread.commit(NotaryCommits.commit(byLakeside, List.of(claim), List.of(), LAKESIDE, NOW));
        assertThat(refused.isCommitted()).isFalse();
        assertThat(refused.notCustodianOf()).containsExactly(claim);
        assertThat(reread.consumedBy(claim)).isEmpty();
        assertThat(reread.isCommitted(byLakeside)).isFalse();
        assertThat(reread.signedRequestOf(byLakeside)).isEmpty();

        SecureHash adjudication = SecureHash.randomSHA256();
        CommitResult committed = reread.commit(NotaryCommits.commit(adjudication, List.of(claim), List.of(), ACME, NOW));
        assertThat(committed.isCommitted()).isTrue();
        assertThat(committed.inputsWithoutCustody()).isZero();
        assertThat(reread.consumedBy(claim)).hasValue(adjudication);
    }

    @Test
    void an_output_committed_before_the_notary_kept_custody_is_consumed_on_a_signed_request_and_counted() {
        SecureHash before = SecureHash.randomSHA256();
        // A row as the notary wrote it before V9: no custody, no signed request.
        database.transactions().run(em -> em.createNativeQuery("insert into notary_transaction (tx_id, requesting_party, committed_at)"
                + " values (?1, ?2, ?3)").setParameter(1, before.toString()).setParameter(2, ACME.toString())
                .setParameter(3, NOW).executeUpdate());
        JpaUniquenessProvider notary = new JpaUniquenessProvider(database.transactions(), TestColumns.ENCRYPTION);
        assertThat(notary.signedRequestOf(before)).isEmpty();
        SecureHash withCustody = SecureHash.randomSHA256();
        notary.commit(NotaryCommits.commit(withCustody, List.of(), List.of(), ACME, List.of(Set.of(NotaryCommits.custodian(ACME))), NOW));

        SecureHash consuming = SecureHash.randomSHA256();
        CommitResult committed = notary.commit(NotaryCommits.commit(consuming,
                List.of(new StateRef(before, 0), new StateRef(SecureHash.randomSHA256(), 3)), List.of(), LAKESIDE, NOW));
        CommitResult noCustodian = notary.commit(NotaryCommits.commit(SecureHash.randomSHA256(),
                List.of(new StateRef(withCustody, 1)), List.of(), ACME, NOW));

        assertThat(committed.isCommitted()).isTrue();
        assertThat(committed.inputsWithoutCustody()).isEqualTo(2);
        long counted = database.transactions().inTransaction(em -> ((Number) em.createNativeQuery(
                "select inputs_without_custody from notary_transaction where tx_id = ?1").setParameter(1, consuming.toString())
                .getSingleResult()).longValue());
        assertThat(counted).isEqualTo(2);
        assertThat(noCustodian.notCustodianOf()).as("an output its transaction recorded no custodian for")
                .containsExactly(new StateRef(withCustody, 1));
    }

    @Test
    void of_two_conflicting_commits_racing_on_two_threads_exactly_one_wins() throws Exception {
        // Two providers of the notary, as two notary threads or instances would have.
        JpaUniquenessProvider one = new JpaUniquenessProvider(database.transactions(), TestColumns.ENCRYPTION);
        JpaUniquenessProvider other = new JpaUniquenessProvider(database.transactions(), TestColumns.ENCRYPTION);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                StateRef accumulator = new StateRef(SecureHash.randomSHA256(), 0);
                StateRef shared = new StateRef(SecureHash.randomSHA256(), round % 2);
                SecureHash first = SecureHash.randomSHA256();
                SecureHash second = SecureHash.randomSHA256();
                CountDownLatch start = new CountDownLatch(1);
                Callable<CommitResult> a = () -> {
                    start.await();
                    return one.commit(NotaryCommits.commit(first, List.of(accumulator, shared), List.of(), ST_MARY, NOW));
                };
                Callable<CommitResult> b = () -> {
                    start.await();
                    return other.commit(NotaryCommits.commit(second, List.of(shared, accumulator), List.of(), ACME, NOW));
                };
                Future<CommitResult> resultA = threads.submit(a);
                Future<CommitResult> resultB = threads.submit(b);
                start.countDown();

                List<Boolean> outcomes = new ArrayList<>(List.of(resultA.get().isCommitted(), resultB.get().isCommitted()));
                assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(true, false);
                SecureHash winner = resultA.get().isCommitted() ? first : second;
                CommitResult loser = resultA.get().isCommitted() ? resultB.get() : resultA.get();
                assertThat(loser.conflicts()).extracting(StateConflict::getConsumedBy).containsOnly(winner);
                assertThat(one.consumedBy(accumulator)).hasValue(winner);
                assertThat(other.consumedBy(shared)).hasValue(winner);
                assertThat(one.isCommitted(first) ^ one.isCommitted(second)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
