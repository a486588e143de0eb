package net.claimsnet.storage.jpa.flow;

import jakarta.persistence.EntityManager;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.EnvelopeCodec;
import net.claimsnet.flows.transport.InboxStore;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.DurableCommits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The node's inbox in the {@code inbox_message} table, which {@link JpaCheckpointStore} marks
 * processed in the engine's own commits. A session message keeps its envelope until then; a fetch
 * request or answer (the engine asks again if one is lost) is recorded as processed at once. The kept
 * envelope (a transaction, a claim) is encrypted with the node's column key, bound to the message id.
 * A message is recorded as received once its row is on the disk ({@link DurableCommits}), so that what the
 * endpoint acknowledges survives a crash.
 */
public final class JpaInboxStore implements InboxStore {

    // The primary key decides, atomically, whether the id was received before (0 rows: it was).
    private static final String INSERT_SESSION_MESSAGE = "insert into inbox_message (message_id, sender, session_id, kind,"
            + " payload, received_at) values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing";
    private static final String INSERT_FETCH_MESSAGE = "insert into inbox_message (message_id, sender, session_id, kind,"
            + " received_at, processed_at) values (?1, ?2, ?3, ?4, ?5, ?5) on conflict do nothing";

    static final String TABLE = "inbox_message";

    private final DatabaseTransactions database;
    private final ColumnEncryption columns;
    private final DurableCommits durable;

    public JpaInboxStore(DatabaseTransactions database, ColumnEncryption columns) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.durable = new DurableCommits(database);
    }

    @Override
    public boolean receive(Envelope envelope, Instant at) {
        boolean fresh = database.inTransaction(em -> insert(em, envelope, at));
        durable.awaitDurable();
        return fresh;
    }

    /** One commit for all: a batch from a peer. */
    @Override
    public List<Boolean> receiveAll(List<Envelope> envelopes, Instant at) {
        if (envelopes.isEmpty()) {
            return List.of();
        }
        List<Boolean> received = database.inTransaction(em -> {
            List<Boolean> fresh = new ArrayList<>(envelopes.size());
            for (Envelope envelope : envelopes) {
                fresh.add(insert(em, envelope, at));
            }
            return fresh;
        });
        durable.awaitDurable();
        return received;
    }

    private boolean insert(EntityManager em, Envelope envelope, Instant at) {
        boolean session = envelope.kind().isSession();
        var insert = session
                ? em.createNativeQuery(INSERT_SESSION_MESSAGE)
                        .setParameter(5, columns.encrypt(EnvelopeCodec.encode(envelope), TABLE, envelope.messageId()))
                        .setParameter(6, at)
                : em.createNativeQuery(INSERT_FETCH_MESSAGE).setParameter(5, at);
        return insert.setParameter(1, envelope.messageId())
                .setParameter(2, envelope.sender().toString())
                .setParameter(3, envelope.sessionId())
                .setParameter(4, envelope.kind().name())
                .executeUpdate() == 1;
    }

    @Override
    public List<Envelope> unprocessed() {
        List<byte[]> rows = database.inTransaction(em -> {
            List<byte[]> payloads = new ArrayList<>();
            for (InboxMessageEntity row : em.createNamedQuery(InboxMessageEntity.UNPROCESSED, InboxMessageEntity.class).getResultList()) {
                payloads.add(columns.decrypt(row.payload(), TABLE, row.messageId()));
            }
            return payloads;
        });
        List<Envelope> envelopes = new ArrayList<>(rows.size());
        for (byte[] row : rows) {
            envelopes.add(EnvelopeCodec.decode(row));
        }
        return envelopes;
    }
}
