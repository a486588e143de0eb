package net.claimsnet.storage.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntUnaryOperator;
import java.util.logging.Logger;

/**
 * The pass that follows a rotation of the column keys: every encrypted value written with an older
 * key generation is decrypted and encrypted again with the current one, table by table, a batch of rows
 * per database transaction (walking each table's primary key, so a batch costs the same at the end as at
 * the start), and then the vault's look-up hashes are made again with the current lookup key
 * ({@code hashKeysAgain}). The node keeps running meanwhile: its adapters read every generation the
 * ring holds, and a row it rewrites during the pass is written with the current key already (the pass's
 * update then matches nothing and leaves it).
 *
 * <p>A value that does not decrypt (altered, moved from another row) is not rewritten: it is counted as
 * refused, named by its table in the log, and left as it is, still refused by the adapters; its old
 * generation then stays in use, so the old key cannot be retired until the row is dealt with.
 */
public final class ColumnReencryption {

    private static final Logger LOG = Logger.getLogger(ColumnReencryption.class.getName());

    private final DatabaseTransactions database;
    private final ColumnEncryption columns;
    private final List<EncryptedColumn> encrypted;
    private final IntUnaryOperator hashKeysAgain;
    private final int batch;
    private volatile ReencryptionProgress progress;
    private volatile boolean stopping;

    /**
     * @param hashKeysAgain hashes again the look-up keys of up to the given number of states, in one
     *                      transaction; returns how many it did (the vault's {@code hashKeysAgain})
     */
    public ColumnReencryption(DatabaseTransactions database, ColumnEncryption columns, int currentGeneration,
                              List<EncryptedColumn> encrypted, IntUnaryOperator hashKeysAgain, int batch) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.encrypted = List.copyOf(encrypted);
        this.hashKeysAgain = Objects.requireNonNull(hashKeysAgain, "hashKeysAgain");
        if (batch < 1) {
            throw new IllegalArgumentException("A batch holds at least one row");
        }
        this.batch = batch;
        this.progress = ReencryptionProgress.notStarted(currentGeneration);
    }

    /** What the pass has done so far (read by the node's readiness check while it runs). */
    public ReencryptionProgress progress() {
        return progress;
    }

    /** Asks a running pass to stop after its current batch (the node is stopping); a later start goes on. */
    public void stop() {
        stopping = true;
    }

    /** Runs the whole pass on the calling thread; returns what it did. */
    public ReencryptionProgress run() {
        for (EncryptedColumn column : encrypted) {
            progress = progress.inTable(column.table());
            List<Object> after = null;
            do {
                if (stopping) {
                    return progress;
                }
                after = rewriteBatch(column, after);
            } while (after != null);
            LOG.info(() -> "Column key rotation: " + column.table() + "." + column.column() + " done; " + progress.describe());
        }
        progress = progress.inTable("vault_state_key");
        int rehashed;
        do {
            if (stopping) {
                return progress;
            }
            rehashed = hashKeysAgain.applyAsInt(batch);
            progress = progress.plusRehashed(rehashed);
        } while (rehashed > 0);
        progress = progress.done();
        LOG.info(() -> "Column key rotation: re-encryption pass finished; " + progress.describe());
        return progress;
    }

    /** One batch of a table in one transaction; the key of its last row, or null at the table's end. */
    private List<Object> rewriteBatch(EncryptedColumn column, List<Object> after) {
        return database.inTransaction(em -> {
            Query select = em.createNativeQuery(column.selectBatch(after != null)).setMaxResults(batch);
            if (after != null) {
                for (int i = 0; i < after.size(); i++) {
                    select.setParameter(i + 1, after.get(i));
                }
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = select.getResultList();
            int keys = column.keyColumns().size();
            int ids = column.rowIdColumns().size();
            int rewritten = 0;
            int refused = 0;
            for (Object[] row : rows) {
                byte[] stored = (byte[]) row[keys + ids];
                if (stored == null || !columns.isOfOlderKey(stored)) {
                    continue;
                }
                List<Object> rowIdValues = new ArrayList<>(List.of(row).subList(keys, keys + ids));
                String rowId = column.rowId(rowIdValues);
                byte[] plain;
                try {
                    plain = columns.decrypt(stored, column.table(), rowId);
                } catch (StorageException notOurs) {
                    // Named by table only (a row id may be a claim id), as the adapters do.
                    LOG.warning("Column key rotation: a value in " + column.table() + " does not decrypt; left as it is ("
                            + notOurs.getMessage() + ")");
                    refused++;
                    continue;
                }
                rewritten += update(em, column, row, keys, columns.encrypt(plain, column.table(), rowId), stored);
            }
            progress = progress.plus(rows.size(), rewritten, refused);
            return rows.size() < batch ? null : new ArrayList<>(List.of(rows.get(rows.size() - 1)).subList(0, keys));
        });
    }

    private static int update(EntityManager em, EncryptedColumn column, Object[] row, int keys, byte[] value, byte[] read) {
        Query update = em.createNativeQuery(column.updateIfUnchanged()).setParameter(1, value);
        for (int i = 0; i < keys; i++) {
            update.setParameter(i + 2, row[i]);
        }
        return update.setParameter(keys + 2, read).executeUpdate();
    }
}
