package net.claimsnet.bench.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the checks after a chaos run found, by kind, with the first few cases of each spelled out
 * (ids, refs and statuses only: no PHI) so that a failing run says where to look.
 */
final class Findings {

    enum Kind {
        /** A claim a desk accepted that is not in one terminal state at every party. */
        LOST,
        /** A claim filed twice, or adjudicated or settled twice. */
        DUPLICATED,
        /** Parties (or the notary, or an accumulator) that disagree about a state. */
        DIVERGED,
        /** A flow still running after quiescence, or failed without a reason. */
        STUCK
    }

    private static final int CASES_SHOWN_PER_KIND = 10;

    private final int[] counts = new int[Kind.values().length];
    private final List<String> cases = new ArrayList<>();

    synchronized void add(Kind kind, String what) {
        if (counts[kind.ordinal()]++ < CASES_SHOWN_PER_KIND) {
            cases.add(kind.name().toLowerCase(Locale.ROOT) + ": " + what);
        }
    }

    synchronized int count(Kind kind) {
        return counts[kind.ordinal()];
    }

    synchronized List<String> cases() {
        return List.copyOf(cases);
    }
}
