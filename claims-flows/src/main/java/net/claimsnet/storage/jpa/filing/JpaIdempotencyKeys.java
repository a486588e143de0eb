package net.claimsnet.storage.jpa.filing;

import jakarta.persistence.PersistenceException;
import net.claimsnet.node.filing.IdempotencyKeys;
import net.claimsnet.storage.jpa.DatabaseTransactions;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Idempotency keys in {@code api_idempotency_key}. The primary key (user, key) decides between two
 * requests racing with one key: the second one's insert fails, and it reads the first one's row.
 */
public final class JpaIdempotencyKeys implements IdempotencyKeys {

    private final DatabaseTransactions database;

    public JpaIdempotencyKeys(DatabaseTransactions database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Optional<KeyedRequest> begin(String username, String key, String requestHash, Instant now, Instant expiresAt) {
        try {
            return database.inTransaction(em -> {
                ApiIdempotencyKeyEntity held = em.find(ApiIdempotencyKeyEntity.class, new IdempotencyKeyId(username, key));
                if (held != null && held.expiresAt().isAfter(now)) {
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
                    em.find(ApiIdempotencyKeyEntity.class, new IdempotencyKeyId(username, key))).map(JpaIdempotencyKeys::toRequest));
        }
    }

    @Override
    public void answered(String username, String key, StoredAnswer answer) {
        database.run(em -> {
            ApiIdempotencyKeyEntity held = em.find(ApiIdempotencyKeyEntity.class, new IdempotencyKeyId(username, key));
            if (held != null) {
                held.answered(answer.status(), answer.contentType(), answer.body(), answer.location());
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

    private static KeyedRequest toRequest(ApiIdempotencyKeyEntity row) {
        Optional<StoredAnswer> answer = row.statusCode() == null ? Optional.empty()
                : Optional.of(new StoredAnswer(row.statusCode(), row.contentType(), row.responseBody(), row.location()));
        return new KeyedRequest(row.requestHash(), answer);
    }
}
