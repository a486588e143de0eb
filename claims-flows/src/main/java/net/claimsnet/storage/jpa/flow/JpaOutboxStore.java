package net.claimsnet.storage.jpa.flow;

import jakarta.persistence.EntityManager;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.flows.transport.OutboxMessage;
import net.claimsnet.flows.transport.OutboxStore;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.DurableCommits;
import net.claimsnet.storage.jpa.StorageException;
import net.corda.core.identity.CordaX500Name;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The node's outbox in the {@code outbox_message} table. Every row is a message of this node, so
 * the sender is not stored: it is the node the store was made for. Payloads (a transaction, a claim)
 * are encrypted with the node's column key, bound to the message id. Messages handed out as due are
 * on the disk first ({@link DurableCommits}): a recipient never learns what this node could still lose.
 */
public final class JpaOutboxStore implements OutboxStore {

    // Atomic on its own: a resend of a message id still pending leaves the row as it is. A resend of one
    // delivered before finds the row too, and REQUEUE_DELIVERED queues it again (with its payload, which
    // delivery dropped).
    private static final String INSERT_IF_ABSENT = "insert into outbox_message (message_id, recipient, session_id, kind,"
            + " sequence_no, acknowledged, protocol, payload, created_at, attempts, next_attempt_at)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?9) on conflict do nothing";

    private static final String REQUEUE_DELIVERED = "update outbox_message set delivered_at = null, payload = ?2,"
            + " acknowledged = ?3, attempts = 0, next_attempt_at = ?4, last_error = null"
            + " where message_id = ?1 and delivered_at is not null and refused_at is null";

    static final String TABLE = "outbox_message";

    private final DatabaseTransactions database;
    private final CordaX500Name self;
    private final ColumnEncryption columns;
    private final DurableCommits durable;
    /**
     * What was queued and committed since the last read of {@link #due}, in commit order: a fresh row or a
     * delivered one queued again, both pending with no attempt yet (a resend of one still pending or
     * refused is not here: its row says more).
     */
    private final java.util.concurrent.ConcurrentLinkedQueue<OutboxMessage> justQueued = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public JpaOutboxStore(DatabaseTransactions database, CordaX500Name self, ColumnEncryption columns) {
        this.database = Objects.requireNonNull(database, "database");
        this.self = Objects.requireNonNull(self, "self");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.durable = new DurableCommits(database);
    }

    @Override
    public void add(Envelope envelope, Instant at) {
        addAll(List.of(envelope), at);
    }

    /** One commit for what a flow step sends. */
    @Override
    public void addAll(List<Envelope> envelopes, Instant at) {
        if (envelopes.isEmpty()) {
            return;
        }
        database.run(em -> {
            List<OutboxMessage> queued = new ArrayList<>(envelopes.size());
            for (Envelope envelope : envelopes) {
                if (insert(em, envelope, at)) {
                    queued.add(new OutboxMessage(envelope.sentBy(self), at, 0, at, OutboxMessage.Status.PENDING, null));
                }
            }
            database.afterCommit(() -> justQueued.addAll(queued));
        });
    }

    @Override
    public List<OutboxMessage> takeJustQueued(int limit) {
        List<OutboxMessage> taken = new ArrayList<>();
        OutboxMessage message;
        while (taken.size() < limit && (message = justQueued.poll()) != null) {
            taken.add(message);
        }
        if (!taken.isEmpty()) {
            // As for due: what a message tells its recipient must outlive a crash here.
            durable.awaitDurable();
        }
        return taken;
    }

    @Override
    public void whenStored(Runnable action) {
        database.afterCommit(action);
    }

    /** Whether the message is now pending with no attempt yet (a new row, or a delivered one queued again). */
    private boolean insert(EntityManager em, Envelope envelope, Instant at) {
        byte[] payload = columns.encrypt(envelope.payload(), TABLE, envelope.messageId());
        int inserted = em.createNativeQuery(INSERT_IF_ABSENT)
                .setParameter(1, envelope.messageId())
                .setParameter(2, envelope.recipient().toString())
                .setParameter(3, envelope.sessionId())
                .setParameter(4, envelope.kind().name())
                .setParameter(5, envelope.sequence())
                .setParameter(6, envelope.acknowledged())
                .setParameter(7, envelope.protocol() == null ? "" : envelope.protocol())
                .setParameter(8, payload)
                .setParameter(9, at)
                .executeUpdate();
        if (inserted == 1) {
            return true;
        }
        return em.createNativeQuery(REQUEUE_DELIVERED)
                .setParameter(1, envelope.messageId())
                .setParameter(2, payload)
                .setParameter(3, envelope.acknowledged())
                .setParameter(4, at)
                .executeUpdate() == 1;
    }

    @Override
    public List<OutboxMessage> due(Instant now, int limit) {
        // The read finds what was queued so far: handed out again from memory, it would be sent twice.
        justQueued.clear();
        List<OutboxMessage> due = database.inTransaction(em -> toMessages(em.createNamedQuery(OutboxMessageEntity.DUE,
                OutboxMessageEntity.class).setParameter("now", now).setMaxResults(limit).getResultList()));
        if (!due.isEmpty()) {
            // What a message tells its recipient (a notary's signature over its commit) must outlive a crash here.
            durable.awaitDurable();
        }
        return due;
    }

    @Override
    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(database.inTransaction(em ->
                em.createNamedQuery(OutboxMessageEntity.NEXT_ATTEMPT, Instant.class).getSingleResult()));
    }

    @Override
    public void delivered(String messageId, Instant at) {
        database.run(em -> require(em, messageId).delivered(at));
    }

    @Override
    public void deliveredAll(Collection<String> messageIds, Instant at) {
        if (messageIds.isEmpty()) {
            return;
        }
        database.run(em -> {
            for (String messageId : messageIds) {
                require(em, messageId).delivered(at);
            }
        });
    }

    @Override
    public void failed(String messageId, String error, Instant retryAt) {
        database.run(em -> require(em, messageId).failed(error, retryAt));
    }

    @Override
    public void postpone(String messageId, String reason, Instant until) {
        database.run(em -> require(em, messageId).postpone(reason, until));
    }

    @Override
    public void expedite(CordaX500Name recipient, Instant now) {
        database.run(em -> em.createNamedQuery(OutboxMessageEntity.EXPEDITE)
                .setParameter("recipient", recipient.toString()).setParameter("now", now).executeUpdate());
    }

    @Override
    public void refused(String messageId, String reason, Instant at) {
        database.run(em -> require(em, messageId).refused(reason, at));
    }

    @Override
    public List<OutboxMessage> refusedMessages() {
        return database.inTransaction(em -> toMessages(em.createNamedQuery(OutboxMessageEntity.REFUSED, OutboxMessageEntity.class)
                .getResultList()));
    }

    @Override
    public int pendingCount() {
        return database.inTransaction(em -> em.createNamedQuery(OutboxMessageEntity.PENDING_COUNT, Long.class)
                .getSingleResult()).intValue();
    }

    @Override
    public Optional<OutboxMessage> find(String messageId) {
        return Optional.ofNullable(database.inTransaction(em -> {
            OutboxMessageEntity row = em.find(OutboxMessageEntity.class, messageId);
            return row == null ? null : toMessage(row);
        }));
    }

    private static OutboxMessageEntity require(EntityManager em, String messageId) {
        OutboxMessageEntity row = em.find(OutboxMessageEntity.class, messageId);
        if (row == null) {
            throw new StorageException("No message " + messageId + " in the outbox");
        }
        return row;
    }

    private List<OutboxMessage> toMessages(List<OutboxMessageEntity> rows) {
        List<OutboxMessage> messages = new ArrayList<>(rows.size());
        for (OutboxMessageEntity row : rows) {
            messages.add(toMessage(row));
        }
        return messages;
    }

    private OutboxMessage toMessage(OutboxMessageEntity row) {
        Envelope envelope = new Envelope(row.messageId(), self, CordaX500Name.parse(row.recipient()), row.sessionId(),
                MessageKind.valueOf(row.kind()), row.sequence(), row.acknowledged(),
                row.protocol() == null || row.protocol().isEmpty() ? null : row.protocol(),
                columns.decrypt(row.payload(), TABLE, row.messageId()));
        OutboxMessage.Status status = row.deliveredAt() != null ? OutboxMessage.Status.DELIVERED
                : row.refusedAt() != null ? OutboxMessage.Status.REFUSED : OutboxMessage.Status.PENDING;
        return new OutboxMessage(envelope, row.createdAt(), row.attempts(), row.nextAttemptAt(), status, row.lastError());
    }
}
