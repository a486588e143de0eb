package net.claimsnet.storage.jpa;

import net.claimsnet.node.filing.IdempotencyKeys.KeyedRequest;
import net.claimsnet.node.filing.IdempotencyKeys.StoredAnswer;
import net.claimsnet.storage.jpa.filing.JpaIdempotencyKeys;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code api_idempotency_key}: a key per user, in progress until answered, replaced once expired, purged. */
abstract class JpaIdempotencyKeysContract extends StorageContract {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Instant EXPIRES = NOW.plus(Duration.ofHours(24));
    private static final String HASH = "a".repeat(64);

    private JpaIdempotencyKeys keys() {
        return new JpaIdempotencyKeys(database.transactions(), TestColumns.ENCRYPTION);
    }

    @Test
    void the_first_request_with_a_key_is_recorded_in_progress_and_the_next_one_finds_it() {
        assertThat(keys().begin("billing@stmary", "key-1", HASH, NOW, EXPIRES)).isEmpty();

        Optional<KeyedRequest> again = keys().begin("billing@stmary", "key-1", "b".repeat(64), NOW, EXPIRES);

        assertThat(again).get().extracting(KeyedRequest::requestHash).isEqualTo(HASH);
        assertThat(again.get().answer()).isEmpty();
        assertThat(keys().begin("billing2@stmary", "key-1", HASH, NOW, EXPIRES)).as("another user's key").isEmpty();
    }

    @Test
    void an_answered_request_is_found_with_its_answer() {
        keys().begin("billing@stmary", "key-1", HASH, NOW, EXPIRES);
        keys().answered("billing@stmary", "key-1", new StoredAnswer(201, "application/json",
                "{\"id\":\"c-1\"}".getBytes(StandardCharsets.UTF_8), "https://node/api/claims/c-1"));

        StoredAnswer answer = keys().begin("billing@stmary", "key-1", HASH, NOW, EXPIRES).orElseThrow().answer().orElseThrow();

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.contentType()).isEqualTo("application/json");
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"c-1\"}");
        assertThat(answer.location()).isEqualTo("https://node/api/claims/c-1");
    }

    @Test
    void a_stored_answer_is_encrypted_and_bound_to_its_user_and_key() {
        keys().begin("billing@stmary", "key-1", HASH, NOW, EXPIRES);
        keys().answered("billing@stmary", "key-1", new StoredAnswer(201, "application/json",
                "{\"patient\":\"Canary Patient\"}".getBytes(StandardCharsets.UTF_8), null));

        byte[] stored = database.transactions().inTransaction(em -> (byte[]) em.createNativeQuery(
                "select response_body from api_idempotency_key where idempotency_key = 'key-1'").getSingleResult());

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("Canary Patient");
        assertThatThrownBy(() -> TestColumns.ENCRYPTION.decrypt(stored, JpaIdempotencyKeys.TABLE, "billing2@stmary\nkey-1"))
                .as("moved to another user").isInstanceOf(StorageException.class);
    }

    @Test
    void a_key_left_in_progress_by_a_node_that_stopped_is_taken_anew_after_its_restart_and_an_answered_one_is_replayed() {
        keys().begin("billing@stmary", "cut-off", HASH, NOW, EXPIRES);
        keys().begin("billing@stmary", "answered", HASH, NOW, EXPIRES);
        keys().answered("billing@stmary", "answered", new StoredAnswer(201, "application/json", new byte[] {'{', '}'}, null));
        Instant restarted = NOW.plusSeconds(30);
        JpaIdempotencyKeys afterRestart = new JpaIdempotencyKeys(database.transactions(), TestColumns.ENCRYPTION, restarted);

        assertThat(afterRestart.begin("billing@stmary", "cut-off", HASH, restarted.plusSeconds(1), EXPIRES))
                .as("its request died with the node: nobody will ever answer it").isEmpty();
        assertThat(afterRestart.begin("billing@stmary", "cut-off", HASH, restarted.plusSeconds(2), EXPIRES))
                .as("taken by the request after the restart, which is in progress now").get()
                .extracting(KeyedRequest::answer).isEqualTo(Optional.empty());
        assertThat(afterRestart.begin("billing@stmary", "answered", HASH, restarted.plusSeconds(1), EXPIRES).orElseThrow()
                .answer().orElseThrow().status()).isEqualTo(201);
    }

    @Test
    void an_expired_key_is_taken_anew_and_expired_keys_are_purged() {
        keys().begin("billing@stmary", "key-1", HASH, NOW, EXPIRES);
        keys().begin("billing@stmary", "key-2", HASH, NOW, EXPIRES);
        Instant later = EXPIRES.plusSeconds(1);

        assertThat(keys().begin("billing@stmary", "key-1", "c".repeat(64), later, later.plus(Duration.ofHours(24)))).isEmpty();
        assertThat(keys().purgeExpired(later)).isEqualTo(1);
        assertThat(keys().begin("billing@stmary", "key-1", HASH, later, later).orElseThrow().requestHash()).isEqualTo("c".repeat(64));
    }

    @Test
    void a_forgotten_key_can_be_used_again() {
        keys().begin("billing@stmary", "key-1", HASH, NOW, EXPIRES);
        keys().forget("billing@stmary", "key-1");

        assertThat(keys().begin("billing@stmary", "key-1", HASH, NOW, EXPIRES)).isEmpty();
    }
}
