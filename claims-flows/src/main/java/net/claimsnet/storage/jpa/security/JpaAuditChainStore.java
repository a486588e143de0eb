package net.claimsnet.storage.jpa.security;

import jakarta.persistence.EntityManager;
import net.claimsnet.node.audit.AuditChainStore;
import net.claimsnet.node.audit.AuditEvent;
import net.claimsnet.node.audit.AuditRow;
import net.claimsnet.node.audit.ChainHead;
import net.claimsnet.node.desk.ClaimAuditEntry;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.StorageException;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The node's audit chain in the audit_log table. Rows go in as one JDBC batch per transaction (the
 * appender's group commit): the table's identity column numbers the rows it stores, which Hibernate
 * could only insert one statement at a time, and the chain's own numbers come from the appender.
 */
public final class JpaAuditChainStore implements AuditChainStore {

    private static final String INSERT = "insert into audit_log (occurred_at, actor, action, resource_type, resource_id,"
            + " outcome, detail, chain_seq, previous_hash, row_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String HEAD = "select chain_seq, row_hash from audit_log"
            + " where chain_seq = (select max(chain_seq) from audit_log)";
    private static final String CHAINED_ROWS = "select count(*) from audit_log where chain_seq is not null";
    private static final String BEFORE_THE_CHAIN = "select id, occurred_at, actor, action, resource_type, resource_id, outcome,"
            + " detail from audit_log where chain_seq is null and id > ? order by id";
    private static final String CHAIN_ROW = "update audit_log set chain_seq = ?, previous_hash = ?, row_hash = ? where id = ?";
    private static final int ADOPT_PAGE = 1_000;

    private final DatabaseTransactions database;

    public JpaAuditChainStore(DatabaseTransactions database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public ChainHead head() {
        return database.inTransaction(em -> jdbc(em, connection -> {
            try (PreparedStatement select = connection.prepareStatement(HEAD); ResultSet row = select.executeQuery()) {
                return row.next() ? new ChainHead(row.getLong(1), row.getString(2)) : ChainHead.GENESIS;
            }
        }));
    }

    @Override
    public void append(List<AuditRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        database.run(em -> jdbc(em, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AuditRow row : rows) {
                    AuditEvent event = row.event();
                    insert.setObject(1, OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC));
                    insert.setString(2, event.actor());
                    insert.setString(3, event.action());
                    insert.setString(4, event.resourceType());
                    text(insert, 5, event.resourceId());
                    insert.setString(6, event.outcome());
                    text(insert, 7, event.detail());
                    insert.setLong(8, row.seq());
                    insert.setString(9, row.previousHash());
                    insert.setString(10, row.hash());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        }));
    }

    @Override
    public List<AuditRow> page(long afterSeq, long afterRowId, int max) {
        return database.inTransaction(em -> em.createNamedQuery(AuditLogEntity.CHAIN_PAGE, AuditLogEntity.class)
                .setParameter("seq", afterSeq)
                .setParameter("id", afterRowId)
                .setMaxResults(max)
                .getResultList().stream()
                .map(row -> new AuditRow(row.chainSeq(), new AuditEvent(row.occurredAt(), row.actor(), row.action(),
                        row.resourceType(), row.resourceId(), row.outcome(), row.detail()), row.previousHash(), row.rowHash(),
                        row.id()))
                .collect(Collectors.toList()));
    }

    @Override
    public List<Long> unchainedRowIds(int max) {
        return database.inTransaction(em -> em.createNamedQuery(AuditLogEntity.UNCHAINED, Long.class)
                .setMaxResults(max).getResultList());
    }

    @Override
    public List<ClaimAuditEntry> entriesFor(String resourceType, String resourceId, int max) {
        return database.inTransaction(em -> em.createNamedQuery(AuditLogEntity.BY_RESOURCE_NEWEST_FIRST, AuditLogEntity.class)
                .setParameter("type", resourceType)
                .setParameter("id", resourceId)
                .setMaxResults(max)
                .getResultList().stream()
                .map(row -> new ClaimAuditEntry(row.occurredAt(), row.actor(), row.action(), row.resourceId(), row.outcome(),
                        row.detail()))
                .collect(Collectors.toList()));
    }

    @Override
    public long chainRowsFromBeforeTheChain() {
        boolean chainStarted = database.inTransaction(em -> jdbc(em, connection -> {
            try (PreparedStatement count = connection.prepareStatement(CHAINED_ROWS); ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }));
        if (chainStarted) {
            return 0;
        }
        long chained = 0;
        long afterId = Long.MIN_VALUE;
        ChainHead head = ChainHead.GENESIS;
        while (true) {
            long from = afterId;
            ChainHead start = head;
            List<Object[]> adopted = database.inTransaction(em -> jdbc(em, connection -> adoptPage(connection, from, start)));
            if (adopted.isEmpty()) {
                return chained;
            }
            Object[] last = adopted.get(adopted.size() - 1);
            afterId = (Long) last[0];
            head = (ChainHead) last[1];
            chained += adopted.size();
        }
    }

    /** Chains the next page of rows from before the chain; returns [row id, head after it] per row. */
    private static List<Object[]> adoptPage(Connection connection, long afterId, ChainHead start) throws SQLException {
        List<Object[]> adopted = new ArrayList<>();
        List<AuditRow> rows = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(BEFORE_THE_CHAIN)) {
            select.setLong(1, afterId);
            select.setMaxRows(ADOPT_PAGE);
            try (ResultSet row = select.executeQuery()) {
                ChainHead head = start;
                while (row.next()) {
                    AuditEvent event = new AuditEvent(row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                            row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8));
                    AuditRow chained = AuditRow.after(head, event);
                    rows.add(chained);
                    ids.add(row.getLong(1));
                    head = chained.head();
                    adopted.add(new Object[] {row.getLong(1), head});
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(CHAIN_ROW)) {
            for (int i = 0; i < rows.size(); i++) {
                update.setLong(1, rows.get(i).seq());
                update.setString(2, rows.get(i).previousHash());
                update.setString(3, rows.get(i).hash());
                update.setLong(4, ids.get(i));
                update.addBatch();
            }
            update.executeBatch();
        }
        return adopted;
    }

    private static void text(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    /** Plain JDBC on the transaction's own connection (under JTA the container's, enlisted). */
    static <T> T jdbc(EntityManager em, SqlWork<T> work) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw new StorageException("The audit log's table could not be read or written: " + e.getMessage(), e);
            }
        });
    }

    @FunctionalInterface
    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
