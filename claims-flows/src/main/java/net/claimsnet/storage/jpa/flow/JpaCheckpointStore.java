package net.claimsnet.storage.jpa.flow;

import jakarta.persistence.EntityManager;
import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.CheckpointCommit;
import net.claimsnet.flows.checkpoint.CheckpointStore;
import net.claimsnet.flows.checkpoint.FinishedSession;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.transport.EnvelopeCodec;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Flow checkpoints in the database. Each {@link CheckpointCommit} is one database transaction: the
 * flow's checkpoint (or its final record, without state), the message ids it processed (marked in
 * {@code inbox_message}, where {@link JpaInboxStore} recorded them on arrival) and the sessions it
 * finished with what they last sent; a crash keeps all of a step or none of it. A step run through
 * {@link #runStep} also records its ledger transactions and vault changes in that same transaction.
 * A checkpoint's state (the flow's frames: the claim it files, the transaction it builds) and a finished
 * session's unacknowledged envelopes are encrypted with the node's column key, bound to their row's id.
 */
public final class JpaCheckpointStore implements CheckpointStore {

    // An id the engine processed without an inbox row (another transport, or an id the engine made).
    private static final String INSERT_PROCESSED_IF_ABSENT = "insert into inbox_message (message_id, received_at, processed_at)"
            + " values (?1, ?2, ?2) on conflict do nothing";

    static final String CHECKPOINT_TABLE = "flow_checkpoint";
    static final String FINISHED_SESSION_TABLE = "finished_session";

    private final DatabaseTransactions database;
    private final ColumnEncryption columns;
    private final Clock clock;

    public JpaCheckpointStore(DatabaseTransactions database, ColumnEncryption columns) {
        this(database, columns, Clock.systemUTC());
    }

    public JpaCheckpointStore(DatabaseTransactions database, ColumnEncryption columns, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void commit(CheckpointCommit commit) {
        commit(commit, () -> { });
    }

    @Override
    public void commit(CheckpointCommit commit, Runnable alongside) {
        List<FinishedSessionEntity> finished = new ArrayList<>(commit.finishedSessions().size());
        Instant now = clock.instant();
        for (FinishedSession session : commit.finishedSessions()) {
            finished.add(new FinishedSessionEntity(session.sessionId(), session.lastReceived(),
                    columns.encrypt(EnvelopeCodec.encodeList(session.unacknowledged()), FINISHED_SESSION_TABLE, session.sessionId()),
                    now));
        }
        database.run(em -> {
            if (commit.checkpoint() != null) {
                write(em, commit.checkpoint());
            }
            markProcessed(em, commit.processedMessageIds(), now);
            for (FinishedSessionEntity session : finished) {
                em.merge(session);
            }
            alongside.run();
        });
    }

    @Override
    public void runStep(Runnable step) {
        Throwable failed = database.attempt(step);
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
    }

    private void write(EntityManager em, Checkpoint checkpoint) {
        byte[] state = checkpoint.status().isFinished() ? null
                : columns.encrypt(checkpoint.state(), CHECKPOINT_TABLE, checkpoint.flowId());
        CheckpointEntity row = em.find(CheckpointEntity.class, checkpoint.flowId());
        if (row == null) {
            em.persist(new CheckpointEntity(checkpoint.flowId(), checkpoint.flowName(), checkpoint.status().name(),
                    checkpoint.failure(), state, checkpoint.startedAt(), checkpoint.updatedAt()));
        } else {
            row.update(checkpoint.status().name(), checkpoint.failure(), state, checkpoint.updatedAt());
        }
    }

    private static void markProcessed(EntityManager em, List<String> messageIds, Instant at) {
        if (messageIds.isEmpty()) {
            return;
        }
        int marked = em.createNamedQuery(InboxMessageEntity.MARK_PROCESSED)
                .setParameter("at", at).setParameter("messageIds", messageIds).executeUpdate();
        if (marked < messageIds.size()) {
            for (String messageId : messageIds) {
                em.createNativeQuery(INSERT_PROCESSED_IF_ABSENT).setParameter(1, messageId).setParameter(2, at).executeUpdate();
            }
        }
    }

    @Override
    public Optional<Checkpoint> find(String flowId) {
        return Optional.ofNullable(database.inTransaction(em -> {
            CheckpointEntity row = em.find(CheckpointEntity.class, flowId);
            return row == null ? null : toCheckpoint(row);
        }));
    }

    @Override
    public List<Checkpoint> unfinished() {
        return database.inTransaction(em -> {
            List<Checkpoint> checkpoints = new ArrayList<>();
            for (CheckpointEntity row : em.createNamedQuery(CheckpointEntity.UNFINISHED, CheckpointEntity.class).getResultList()) {
                checkpoints.add(toCheckpoint(row));
            }
            return checkpoints;
        });
    }

    @Override
    public boolean isProcessed(String messageId) {
        return database.inTransaction(em -> em.createNamedQuery(InboxMessageEntity.IS_PROCESSED, Long.class)
                .setParameter("messageId", messageId).getSingleResult() > 0);
    }

    @Override
    public Optional<FinishedSession> finishedSession(String sessionId) {
        return Optional.ofNullable(database.inTransaction(em -> {
            FinishedSessionEntity row = em.find(FinishedSessionEntity.class, sessionId);
            return row == null ? null : new FinishedSession(row.sessionId(), row.lastReceived(),
                    EnvelopeCodec.decodeList(columns.decrypt(row.unacknowledged(), FINISHED_SESSION_TABLE, row.sessionId())));
        }));
    }

    private Checkpoint toCheckpoint(CheckpointEntity row) {
        return new Checkpoint(row.flowId(), row.flowName(), FlowStatus.valueOf(row.status()), row.failure(),
                columns.decrypt(row.state(), CHECKPOINT_TABLE, row.flowId()),
                row.startedAt(), row.updatedAt());
    }
}
