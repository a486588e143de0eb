package net.claimsnet.storage.jpa.ledger;

import net.claimsnet.ledger.resolution.TornOffTransaction;
import net.claimsnet.ledger.storage.TornOffTransactionStore;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.corda.core.crypto.SecureHash;

import java.util.List;
import java.util.Objects;

/**
 * The tear-offs a node keeps, in the database, as Corda storage-serialized bytes: a restarted node
 * still resolves the states it consumed from them instead of asking the insurer again.
 */
public final class JpaTornOffTransactionStore implements TornOffTransactionStore {

    // The same tear-off kept twice (a redelivered resolution) is one row: the key includes the hash
    // of its bytes, and ON CONFLICT DO NOTHING makes "add if absent" one statement.
    private static final String INSERT_IF_ABSENT =
            "insert into torn_off_transaction (tx_id, content_hash, content, recorded_at) "
                    + "values (?1, ?2, ?3, current_timestamp) on conflict do nothing";
    private static final String SELECT_BY_ID =
            "select content from torn_off_transaction where tx_id = ?1 order by recorded_at, content_hash";

    private final DatabaseTransactions database;

    public JpaTornOffTransactionStore(DatabaseTransactions database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public void add(TornOffTransaction tearOff) {
        byte[] content = StorageSerialization.serialize(tearOff);
        database.run(em -> em.createNativeQuery(INSERT_IF_ABSENT)
                .setParameter(1, tearOff.getId().toString())
                .setParameter(2, SecureHash.sha256(content).toString())
                .setParameter(3, content)
                .executeUpdate());
    }

    @Override
    public List<TornOffTransaction> find(SecureHash id) {
        List<?> rows = database.inTransaction(em -> em.createNativeQuery(SELECT_BY_ID)
                .setParameter(1, id.toString())
                .getResultList());
        return rows.stream()
                .map(row -> StorageSerialization.deserialize((byte[]) row, TornOffTransaction.class, "tear-off of " + id))
                .toList();
    }
}
