package net.claimsnet.ledger;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The bounded memories of the ledger kernel and its stores (decoded keys, states, transactions,
 * schemas): a map that forgets its least recently used entry beyond a capacity. Not thread-safe;
 * each owner guards its own.
 */
public final class LeastRecentlyUsed {

    private LeastRecentlyUsed() {
    }

    /** A map in access order that holds at most {@code capacity} entries. */
    public static <K, V> Map<K, V> map(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1; was " + capacity);
        }
        return new LinkedHashMap<K, V>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
