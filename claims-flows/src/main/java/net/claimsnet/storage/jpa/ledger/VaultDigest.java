package net.claimsnet.storage.jpa.ledger;

import jakarta.persistence.EntityManager;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.SqlTimestamps;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A node's vault as refs and content hashes, so that the ledgers of several nodes can be compared
 * state by state without reading a claim ({@code ./chaos} checks that the parties agree after it
 * killed nodes under load). A state's hash is SHA-256 of its stored content decrypted, which is the
 * state and its ref as the node serialized them: two nodes that recorded the same transaction hold
 * the same bytes, so a differing hash means one of them holds something else under that ref.
 */
public final class VaultDigest {

    /**
     * One state the node holds: where it comes from, its content's hash (null for a ref known only as
     * spent, whose state never reached the node), and whether and by what it was consumed.
     */
    public record HeldState(String ref, String contractStateClass, String linearId, String contentHash,
                            boolean consumed, String consumedBy, Instant recordedAt) {
    }

    private final DatabaseTransactions database;
    private final ColumnEncryption columns;

    public VaultDigest(DatabaseTransactions database, ColumnEncryption columns) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    /**
     * The states recorded or consumed at or after {@code since}, in the order they were recorded, at
     * most {@code limit} of them.
     */
    public List<HeldState> changedSince(Instant since, int limit) {
        return database.inTransaction(em -> read(em, since, limit));
    }

    private List<HeldState> read(EntityManager em, Instant since, int limit) {
        OffsetDateTime from = OffsetDateTime.ofInstant(since, ZoneOffset.UTC);
        List<?> rows = em.createNativeQuery("select tx_id, output_index, contract_state_class, linear_id, content, consumed,"
                        + " consumed_by, recorded_at from vault_state where recorded_at >= ?1 or consumed_at >= ?1 order by id")
                .setParameter(1, from)
                .setMaxResults(limit)
                .getResultList();
        List<HeldState> states = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columnsOfRow = (Object[]) row;
            String txId = (String) columnsOfRow[0];
            int outputIndex = ((Number) columnsOfRow[1]).intValue();
            // No content: a ref the node knows only as spent (its consumption arrived before the state).
            byte[] stored = (byte[]) columnsOfRow[4];
            String contentHash = stored == null ? null
                    : sha256(canonical(columns.decrypt(stored, JpaVaultStore.TABLE, JpaVaultStore.rowId(txId, outputIndex))));
            states.add(new HeldState(JpaVaultStore.rowId(txId, outputIndex), (String) columnsOfRow[2], (String) columnsOfRow[3],
                    contentHash, Boolean.TRUE.equals(columnsOfRow[5]), (String) columnsOfRow[6],
                    SqlTimestamps.instant(columnsOfRow[7])));
        }
        return states;
    }

    /**
     * The state decoded and serialized again: the bytes a node stored are those of the object it had at
     * hand, which for the transaction's builder is not the decoded copy every other party stores (the
     * AMQP envelope differs while the state is the same), so the digest compares decoded states.
     */
    private static byte[] canonical(byte[] stored) {
        return StorageSerialization.serialize(StorageSerialization.deserialize(stored, net.corda.core.contracts.StateAndRef.class,
                "vault state"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException notInThisJdk) {
            throw new IllegalStateException("Every JDK has SHA-256", notInThisJdk);
        }
    }
}
