package net.claimsnet.storage.jpa.filing;

import jakarta.persistence.PersistenceException;
import net.claimsnet.node.filing.IdempotencyKeys;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Idempotency keys in {@code api_idempotency_key}. The primary key (user, key) decides between two
 * requests racing with one key: the second one's insert fails, and it reads the first one's row. The
 * answer kept for a replay is a claim as the API showed it: it is encrypted ({@link ColumnEncryption},
 * bound to its user and key).
 */
public final class JpaIdempotencyKeys implements IdempotencyKeys {

    public static final String TABLE = "api_idempotency_key";

    private final DatabaseTransactions database;
    private final ColumnEncryption columns;
    private final Instant servingSince;

    /** Keys of requests all made while this store serves (nothing left unanswered by a stopped node). */
    public JpaIdempotencyKeys(DatabaseTransactions database, ColumnEncryption columns) {
        this(database, columns, Instant.MIN);
    }

    /**
     * @param servingSince when the node's current process began taking requests: a request still
     *                     unanswered that began before then was cut off when the node stopped (killed
     *                     mid-request, its answer never kept), so its key is taken anew rather than
     *                     answered "in progress" until it expires
     */
    public JpaIdempotencyKeys(DatabaseTransactions database, ColumnEncryption columns, Instant servingSince) {
        this.database = Objects.requireNonNull(database, "database");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.servingSince = Objects.requireNonNull(servingSince, "servingSince");
    }

    @Override
    public Optional<KeyedRequest> begin(String username, String key, String requestHash, Instant now, Instant expiresAt) {
        try {
            return database.inTransaction(em -> {
                ApiIdempotencyKeyEntity held = em.find(ApiIdempotencyKeyEntity.class, new IdempotencyKeyId(username, key));
                if (held != null && held.expiresAt().isAfter(now) && !cutOff(held)) {
                    return Optional.of(toRequest(held));
                }
                if (held != null) {
                    em.remove(held);
                    em.flush();
                }
                em.persist(new ApiIdempotencyKeyEntity(username, key, requestHash, now, expiresAt));
                em.flush();
                return Optional.<KeyedRequest>empty();
            });
        } catch (PersistenceException raced) {
            // Another request inserted the key between the read and the insert: it is the first.
            return database.inTransaction(em -> Optional.ofNullable(
                    em.find(ApiIdempotencyKeyEntity.class, new IdempotencyKeyId(username, key))).map(this::toRequest));
        }
    }

    @Override
    public void answered(String username, String key, StoredAnswer answer) {
        database.run(em -> {
            ApiIdempotencyKeyEntity held = em.find(ApiIdempotencyKeyEntity.class, new IdempotencyKeyId(username, key));
            if (held != null) {
                held.answered(answer.status(), answer.contentType(), columns.encrypt(answer.body(), TABLE, rowId(username, key)),
                        answer.location());
            }
        });
    }

    @Override
    public void forget(String username, String key) {
        database.run(em -> {
            ApiIdempotencyKeyEntity held = em.find(ApiIdempotencyKeyEntity.class, new IdempotencyKeyId(username, key));
            if (held != null) {
                em.remove(held);
            }
        });
    }

    @Override
    public int purgeExpired(Instant now) {
        return database.inTransaction(em -> em.createNamedQuery(ApiIdempotencyKeyEntity.PURGE_EXPIRED)
                .setParameter("now", now).executeUpdate());
    }

    /** Unanswered, and begun before this process took requests: the process that ran it is gone. */
    private boolean cutOff(ApiIdempotencyKeyEntity row) {
        return row.statusCode() == null && row.createdAt().isBefore(servingSince);
    }

    private KeyedRequest toRequest(ApiIdempotencyKeyEntity row) {
        Optional<StoredAnswer> answer = row.statusCode() == null ? Optional.empty()
                : Optional.of(new StoredAnswer(row.statusCode(), row.contentType(),
                        columns.decrypt(row.responseBody(), TABLE, rowId(row.username(), row.idempotencyKey())), row.location()));
        return new KeyedRequest(row.requestHash(), answer);
    }

    /** A stored answer belongs to its user and key: copied under another, it does not decrypt. */
    private static String rowId(String username, String key) {
        return username + "\n" + key;
    }
}
