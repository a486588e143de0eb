package net.claimsnet.storage.jpa.ledger;

import net.claimsnet.ledger.LeastRecentlyUsed;
import net.claimsnet.ledger.storage.TransactionStore;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The node's verified transactions in the database, as Corda storage-serialized bytes encrypted with
 * the node's column key (bound to the transaction's id).
 */
public final class JpaTransactionStore implements TransactionStore {

    // ON CONFLICT DO NOTHING makes "add if absent" one atomic statement: two threads recording the
    // same transaction never fail, one of them sees 0 rows. PostgreSQL, and H2 in PostgreSQL mode.
    private static final String INSERT_IF_ABSENT =
            "insert into ledger_transaction (tx_id, content, recorded_at) values (?1, ?2, current_timestamp) "
                    + "on conflict do nothing";

    /**
     * How many recently found transactions are kept decoded. A transaction never changes once stored, so
     * a kept one is always right; reading one back costs a row and a Corda deserialization, and the same
     * few are read again and again (a claim page's timeline, a back chain sent to a peer, a remittance).
     */
    static final int RECENTLY_FOUND = 1024;

    static final String TABLE = "ledger_transaction";

    private final DatabaseTransactions database;
    private final ColumnEncryption columns;
    private final Map<SecureHash, SignedTransaction> recentlyFound = LeastRecentlyUsed.map(RECENTLY_FOUND);
    /** When those were recorded (a claim page's timeline shows it beside each). */
    private final Map<SecureHash, Instant> recentlyRecorded = LeastRecentlyUsed.map(RECENTLY_FOUND);

    public JpaTransactionStore(DatabaseTransactions database, ColumnEncryption columns) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = Objects.requireNonNull(columns, "columns");
    }

    /** How many transactions a node holds: needs no key (health pages, readiness). */
    public static long count(DatabaseTransactions database) {
        return database.inTransaction(em -> em.createNamedQuery(LedgerTransactionEntity.COUNT, Long.class)
                .getSingleResult());
    }

    @Override
    public boolean add(SignedTransaction transaction) {
        String id = transaction.getId().toString();
        byte[] content = columns.encrypt(StorageSerialization.serialize(transaction), TABLE, id);
        int inserted = database.inTransaction(em -> em.createNativeQuery(INSERT_IF_ABSENT)
                .setParameter(1, id)
                .setParameter(2, content)
                .executeUpdate());
        return inserted == 1;
    }

    @Override
    public Optional<SignedTransaction> find(SecureHash id) {
        synchronized (recentlyFound) {
            SignedTransaction known = recentlyFound.get(id);
            if (known != null) {
                return Optional.of(known);
            }
        }
        byte[] content = database.inTransaction(em -> {
            LedgerTransactionEntity entity = em.find(LedgerTransactionEntity.class, id.toString());
            return entity == null ? null : columns.decrypt(entity.content(), TABLE, entity.txId());
        });
        if (content == null) {
            return Optional.empty();
        }
        SignedTransaction found = StorageSerialization.deserialize(content, SignedTransaction.class, "transaction " + id);
        synchronized (recentlyFound) {
            recentlyFound.put(id, found);
        }
        return Optional.of(found);
    }

    @Override
    public boolean contains(SecureHash id) {
        return database.inTransaction(em -> em.find(LedgerTransactionEntity.class, id.toString()) != null);
    }

    @Override
    public Optional<Instant> recordedAt(SecureHash id) {
        synchronized (recentlyRecorded) {
            Instant known = recentlyRecorded.get(id);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<Instant> recorded = database.inTransaction(em -> Optional.ofNullable(em.find(LedgerTransactionEntity.class, id.toString()))
                .map(LedgerTransactionEntity::recordedAt));
        recorded.ifPresent(at -> {
            synchronized (recentlyRecorded) {
                recentlyRecorded.put(id, at);
            }
        });
        return recorded;
    }

    @Override
    public List<SecureHash> latest(int count) {
        List<String> ids = database.inTransaction(em -> em.createNamedQuery(LedgerTransactionEntity.LATEST, String.class)
                .setMaxResults(count).getResultList());
        List<SecureHash> oldestFirst = new ArrayList<>(ids.size());
        for (int i = ids.size() - 1; i >= 0; i--) {
            oldestFirst.add(SecureHash.create(ids.get(i)));
        }
        return oldestFirst;
    }

    @Override
    public List<SecureHash> recordedSince(Instant since, int skip, int max) {
        List<String> ids = database.inTransaction(em -> em.createNamedQuery(LedgerTransactionEntity.RECORDED_SINCE, String.class)
                .setParameter("since", since).setFirstResult(skip).setMaxResults(max).getResultList());
        return ids.stream().map(SecureHash::create).toList();
    }

    @Override
    public long count() {
        return count(database);
    }
}
