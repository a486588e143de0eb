package net.claimsnet.storage.jpa.security;

import net.claimsnet.flows.access.AuditTearOff;
import net.claimsnet.flows.access.AuditTearOffStore;
import net.claimsnet.flows.access.ClaimFigures;
import net.claimsnet.flows.access.KeptFigures;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.SqlTimestamps;
import net.claimsnet.storage.jpa.ledger.StorageSerialization;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The auditor's tear-offs in the audit_tear_off table (the tear-off encrypted with the node's column
 * key, bound to its transaction id) and the figures they state in audit_tear_off_claim, one row per
 * claim, in the clear: ledger ids, parties, statuses and amounts, no PHI.
 */
public final class JpaAuditTearOffStore implements AuditTearOffStore {

    static final String TABLE = "audit_tear_off";
    private static final String INSERT_TEAR_OFF = "insert into audit_tear_off (tx_id, sender, received_at, content)"
            + " values (?, ?, ?, ?) on conflict do nothing";
    private static final String INSERT_FIGURES = "insert into audit_tear_off_claim (tx_id, output_index, claim_id, provider,"
            + " insurer, status, charged, paid, patient_share, settled, sender, received_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_TEAR_OFF = "select content from audit_tear_off where tx_id = ?1";
    private static final String FIGURES = "select tx_id, output_index, claim_id, provider, insurer, status, charged, paid,"
            + " patient_share, settled, sender, received_at from audit_tear_off_claim";
    /** How far back the desk's list of claims reads: the newest rows, each claim once. */
    private static final int LATEST_ROWS_READ = 20_000;

    private final DatabaseTransactions database;
    private final ColumnEncryption columns;

    public JpaAuditTearOffStore(DatabaseTransactions database, ColumnEncryption columns) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    @Override
    public void keep(AuditTearOff tearOff, CordaX500Name from, Instant at) {
        String txId = tearOff.getId().toString();
        byte[] content = columns.encrypt(StorageSerialization.serialize(tearOff), TABLE, txId);
        OffsetDateTime receivedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        // JDBC rather than a native query: amounts not yet known are typed nulls, which PostgreSQL requires.
        database.run(em -> JpaAuditChainStore.jdbc(em, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT_TEAR_OFF)) {
                insert.setString(1, txId);
                insert.setString(2, from.toString());
                insert.setObject(3, receivedAt);
                insert.setBytes(4, content);
                if (insert.executeUpdate() == 0) {
                    return null;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(INSERT_FIGURES)) {
                for (ClaimFigures claim : tearOff.getFigures()) {
                    insert.setString(1, txId);
                    insert.setInt(2, claim.getOutputIndex());
                    insert.setString(3, claim.getClaimId().getId().toString());
                    insert.setString(4, claim.getProvider().toString());
                    insert.setString(5, claim.getInsurer().toString());
                    insert.setString(6, claim.getStatus().name());
                    insert.setBigDecimal(7, claim.getCharged());
                    setAmount(insert, 8, claim.getPaid());
                    setAmount(insert, 9, claim.getPatientShare());
                    setAmount(insert, 10, claim.getSettled());
                    insert.setString(11, from.toString());
                    insert.setObject(12, receivedAt);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        }));
    }

    private static void setAmount(PreparedStatement insert, int index, BigDecimal amount) throws SQLException {
        if (amount == null) {
            insert.setNull(index, Types.NUMERIC);
        } else {
            insert.setBigDecimal(index, amount);
        }
    }

    @Override
    public Optional<AuditTearOff> find(SecureHash transactionId) {
        String txId = transactionId.toString();
        List<?> rows = database.inTransaction(em -> em.createNativeQuery(SELECT_TEAR_OFF).setParameter(1, txId).getResultList());
        return rows.stream().findFirst()
                .map(content -> columns.decrypt((byte[]) content, TABLE, txId))
                .map(content -> StorageSerialization.deserialize(content, AuditTearOff.class, "auditor's tear-off of " + txId));
    }

    @Override
    public List<KeptFigures> latestClaims(int max) {
        List<?> rows = database.inTransaction(em -> em.createNativeQuery(FIGURES + " order by received_at desc, tx_id")
                .setMaxResults(LATEST_ROWS_READ).getResultList());
        Map<UniqueIdentifier, KeptFigures> latest = new LinkedHashMap<>();
        for (Object row : rows) {
            KeptFigures kept = figures((Object[]) row);
            if (latest.size() < max) {
                latest.putIfAbsent(kept.figures().getClaimId(), kept);
            }
        }
        return new ArrayList<>(latest.values());
    }

    @Override
    public List<KeptFigures> history(UniqueIdentifier claimId) {
        List<?> rows = database.inTransaction(em -> em.createNativeQuery(FIGURES + " where claim_id = ?1 order by received_at, tx_id")
                .setParameter(1, claimId.getId().toString()).getResultList());
        return rows.stream().map(row -> figures((Object[]) row)).toList();
    }

    private static KeptFigures figures(Object[] row) {
        ClaimFigures claim = new ClaimFigures(((Number) row[1]).intValue(),
                new UniqueIdentifier(null, UUID.fromString((String) row[2])),
                CordaX500Name.parse((String) row[3]),
                CordaX500Name.parse((String) row[4]), ClaimStatus.valueOf((String) row[5]),
                amount(row[6]), amount(row[7]), amount(row[8]), amount(row[9]));
        return new KeptFigures(SecureHash.create((String) row[0]), CordaX500Name.parse((String) row[10]), SqlTimestamps.instant(row[11]), claim);
    }

    private static BigDecimal amount(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2);
    }
}
