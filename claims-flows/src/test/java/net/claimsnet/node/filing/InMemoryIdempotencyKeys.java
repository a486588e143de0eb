package net.claimsnet.node.filing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Idempotency keys of a node without a database (tests). */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private record Row(KeyedRequest request, Instant expiresAt) {
    }

    private final Map<List<String>, Row> rows = new ConcurrentHashMap<>();

    @Override
    public synchronized Optional<KeyedRequest> begin(String username, String key, String requestHash, Instant now,
                                                     Instant expiresAt) {
        Row held = rows.get(List.of(username, key));
        if (held != null && held.expiresAt().isAfter(now)) {
            return Optional.of(held.request());
        }
        rows.put(List.of(username, key), new Row(new KeyedRequest(requestHash, Optional.empty()), expiresAt));
        return Optional.empty();
    }

    @Override
    public synchronized void answered(String username, String key, StoredAnswer answer) {
        rows.computeIfPresent(List.of(username, key), (k, row) ->
                new Row(new KeyedRequest(row.request().requestHash(), Optional.of(answer)), row.expiresAt()));
    }

    @Override
    public void forget(String username, String key) {
        rows.remove(List.of(username, key));
    }

    @Override
    public synchronized int purgeExpired(Instant now) {
        int before = rows.size();
        rows.values().removeIf(row -> !row.expiresAt().isAfter(now));
        return before - rows.size();
    }
}
