package net.claimsnet.node.desk;

import net.claimsnet.ledger.LeastRecentlyUsed;
import net.claimsnet.states.ClaimState;
import net.corda.core.identity.CordaX500Name;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The claims a desk search matched, in its order, kept while the vault answers the search's look-ups
 * with the very same lists: the node's vault hands out one list per query until a transaction changes
 * it (JpaVaultStore's remembered reads), so the same list object means nothing changed. Every page of
 * a 10,000-claim work list is then a slice of one sorted list, instead of matching and ordering every
 * claim again for each page of each session. A vault that reads afresh each time (the in-memory one of
 * the tests) is never answered from here.
 */
final class SearchResults {

    /** Searches kept across the nodes of the JVM (one in a server; five in the in-memory network). */
    private static final int KEPT = 64;

    private record Key(CordaX500Name node, ClaimSearch criteria) {
    }

    private record Entry(List<? extends List<?>> sources, List<ClaimState> matches) {

        boolean readFrom(List<? extends List<?>> lists) {
            if (lists.size() != sources.size()) {
                return false;
            }
            for (int i = 0; i < lists.size(); i++) {
                if (lists.get(i) != sources.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Map<Key, Entry> entries = LeastRecentlyUsed.map(KEPT);

    /**
     * The search's matches as kept, if they were read from these very lists; else {@code match}'s,
     * which are then kept.
     *
     * @param criteria the search without its page (ClaimSearch#withPage(0, 1)): every page shares them
     */
    List<ClaimState> matches(CordaX500Name node, ClaimSearch criteria, List<? extends List<?>> sources,
                             Supplier<List<ClaimState>> match) {
        Key key = new Key(node, criteria);
        synchronized (entries) {
            Entry kept = entries.get(key);
            if (kept != null && kept.readFrom(sources)) {
                return kept.matches;
            }
        }
        List<ClaimState> matches = List.copyOf(match.get());
        synchronized (entries) {
            entries.put(key, new Entry(sources, matches));
        }
        return matches;
    }
}
