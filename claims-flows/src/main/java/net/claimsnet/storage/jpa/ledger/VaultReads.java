package net.claimsnet.storage.jpa.ledger;

import net.claimsnet.ledger.LeastRecentlyUsed;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The vault's recent query results, as of its last committed change: while no transaction changed the
 * vault, asking again (a work list's counts, a claims list, on every page of every desk session) is
 * answered without the database. Each result is kept under the count of committed changes it was read
 * at; a newer change empties the memo. A read that raced a commit is kept under the count it started
 * with, which is already behind, so nothing stale is ever served as current.
 */
final class VaultReads {

    private final Map<String, Object> results;
    private long changes = -1;

    VaultReads(int capacity) {
        this.results = LeastRecentlyUsed.map(capacity);
    }

    /**
     * The result of the query named {@code key}, read as of {@code changesBefore} (the committed-change
     * count taken before reading), from the memo or from {@code read}.
     */
    @SuppressWarnings("unchecked")
    <R> R get(long changesBefore, String key, Supplier<R> read) {
        synchronized (this) {
            if (changes == changesBefore && results.containsKey(key)) {
                return (R) results.get(key);
            }
        }
        R result = read.get();
        synchronized (this) {
            if (changesBefore > changes) {
                results.clear();
                changes = changesBefore;
            }
            if (changesBefore == changes) {
                results.put(key, result);
            }
        }
        return result;
    }
}
