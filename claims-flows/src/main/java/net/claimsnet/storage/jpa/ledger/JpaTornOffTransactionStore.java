package net.claimsnet.storage.jpa.ledger;

import net.claimsnet.ledger.resolution.TornOffTransaction;
import net.claimsnet.ledger.storage.TornOffTransactionStore;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.corda.core.crypto.SecureHash;

import java.util.List;
import java.util.Objects;

/**
 * The tear-offs a node keeps, in the database, as Corda storage-serialized bytes: a restarted node
 * still resolves the states it consumed from them instead of asking the insurer again. The content is
 * encrypted with the node's column key, bound to its row (transaction id and content hash); the hash is
 * of the clear bytes, which carry Corda's random privacy salt, so it cannot be used to guess them.
 */
public final class JpaTornOffTransactionStore implements TornOffTransactionStore {

    // The same tear-off kept twice (a redelivered resolution) is one row: the key includes the hash
    // of its bytes, and ON CONFLICT DO NOTHING makes "add if absent" one statement.
    private static final String INSERT_IF_ABSENT =
            "insert into torn_off_transaction (tx_id, content_hash, content, recorded_at) "
                    + "values (?1, ?2, ?3, current_timestamp) on conflict do nothing";
    private static final String SELECT_BY_ID =
            "select content_hash, content from torn_off_transaction where tx_id = ?1 order by recorded_at, content_hash";
    static final String TABLE = "torn_off_transaction";

    private final DatabaseTransactions database;
    private final ColumnEncryption columns;

    public JpaTornOffTransactionStore(DatabaseTransactions database, ColumnEncryption columns) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    @Override
    public void add(TornOffTransaction tearOff) {
        byte[] content = StorageSerialization.serialize(tearOff);
        String txId = tearOff.getId().toString();
        String contentHash = SecureHash.sha256(content).toString();
        database.run(em -> em.createNativeQuery(INSERT_IF_ABSENT)
                .setParameter(1, txId)
                .setParameter(2, contentHash)
                .setParameter(3, columns.encrypt(content, TABLE, rowId(txId, contentHash)))
                .executeUpdate());
    }

    @Override
    public List<TornOffTransaction> find(SecureHash id) {
        List<?> rows = database.inTransaction(em -> em.createNativeQuery(SELECT_BY_ID)
                .setParameter(1, id.toString())
                .getResultList());
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> columns.decrypt((byte[]) row[1], TABLE, rowId(id.toString(), (String) row[0])))
                .map(content -> StorageSerialization.deserialize(content, TornOffTransaction.class, "tear-off of " + id))
                .toList();
    }

    private static String rowId(String txId, String contentHash) {
        return txId + "/" + contentHash;
    }
}
