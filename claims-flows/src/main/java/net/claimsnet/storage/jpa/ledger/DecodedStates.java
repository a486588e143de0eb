package net.claimsnet.storage.jpa.ledger;

import net.claimsnet.ledger.LeastRecentlyUsed;
import net.corda.core.contracts.StateAndRef;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The vault's states as decoded from their rows, the most recently used kept. A held state never
 * changes (a vault row's content is written once), so a row id names one decoding for good; an
 * insurer reads a member's coverage, accumulator and earlier claims for every claim, and decoding
 * them again each time was a quarter of its CPU under ./bench network.
 */
final class DecodedStates {

    private final Map<Long, StateAndRef<?>> byRowId;

    DecodedStates(int capacity) {
        this.byRowId = LeastRecentlyUsed.map(capacity);
    }

    /** The row's state if it is decoded already, else null (nothing is decoded). */
    StateAndRef<?> peek(long rowId) {
        synchronized (byRowId) {
            return byRowId.get(rowId);
        }
    }

    StateAndRef<?> get(long rowId, Supplier<StateAndRef<?>> decode) {
        synchronized (byRowId) {
            StateAndRef<?> known = byRowId.get(rowId);
            if (known != null) {
                return known;
            }
        }
        // Decoded outside the lock: two threads may both decode a new row, and either result will do.
        StateAndRef<?> decoded = decode.get();
        synchronized (byRowId) {
            byRowId.put(rowId, decoded);
        }
        return decoded;
    }

    int size() {
        synchronized (byRowId) {
            return byRowId.size();
        }
    }
}
