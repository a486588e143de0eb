package net.claimsnet.node.filing;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: the requests made with an Idempotency-Key header (draft-ietf-httpapi-idempotency-key-header),
 * per user and key, with the answer to replay once there is one. Rows live until {@code expiresAt}.
 */
public interface IdempotencyKeys {

    /** A request made with a key: its fingerprint and, once answered, the answer; none yet while in progress. */
    record KeyedRequest(String requestHash, Optional<StoredAnswer> answer) {
    }

    /** An answer to replay: status, content type, body and Location header (both may be null). */
    record StoredAnswer(int status, String contentType, byte[] body, String location) {
    }

    /**
     * Records the request as in progress under the user's key, unless the key holds an unexpired request
     * already: then that one comes back and nothing is written. Of two requests racing with one key, one
     * is recorded and the other gets it.
     */
    Optional<KeyedRequest> begin(String username, String key, String requestHash, Instant now, Instant expiresAt);

    /** Keeps the answer of the request in progress under the key. */
    void answered(String username, String key, StoredAnswer answer);

    /** Forgets the key (its request failed without an answer worth replaying), so that a retry runs again. */
    void forget(String username, String key);

    /** Deletes the keys expired by {@code now}; how many. */
    int purgeExpired(Instant now);
}
