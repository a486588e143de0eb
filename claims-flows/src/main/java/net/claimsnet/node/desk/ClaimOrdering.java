package net.claimsnet.node.desk;

import net.claimsnet.states.ClaimState;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The comparators behind {@link ClaimOrder}: a claim's sort keys, read from its current version. A
 * comparator is made for one ordering of one list, on one thread (it may remember keys it worked out).
 */
final class ClaimOrdering {

    /** Ties are broken the same way whatever the order, so paging is stable. */
    private static final Comparator<ClaimState> TIE_BREAK =
            Comparator.<ClaimState, String>comparing(c -> c.getClaim().getClaimId())
                    .thenComparing(c -> c.getLinearId().getId());

    private ClaimOrdering() {
    }

    static Comparator<ClaimState> of(ClaimOrder order) {
        if (order.key() == ClaimOrder.Key.SERVICE_DATE) {
            // Claims without a date of service come last in either direction. A claim's first date is
            // worked out once per ordering, not at each of the n log n comparisons (the lines are
            // streamed for it: that was half of a work list's CPU at 10,000 claims).
            Comparator<LocalDate> dates = order.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
            Map<ClaimState, LocalDate> firstDates = new IdentityHashMap<>();
            Function<ClaimState, LocalDate> firstDate = claim -> firstDates.computeIfAbsent(claim, ClaimDesk::firstDateOfService);
            return Comparator.comparing(firstDate, Comparator.nullsLast(dates)).thenComparing(TIE_BREAK);
        }
        Comparator<ClaimState> byKey = byKey(order.key());
        return (order.descending() ? byKey.reversed() : byKey).thenComparing(TIE_BREAK);
    }

    private static Comparator<ClaimState> byKey(ClaimOrder.Key key) {
        switch (key) {
            case CLAIM_ID:
                return Comparator.comparing(c -> c.getClaim().getClaimId());
            case STATUS:
                return Comparator.comparing(c -> c.getStatus().name());
            case MEMBER_ID:
                return Comparator.comparing(c -> c.getClaim().getPatient().getMemberId());
            case PROVIDER:
                return Comparator.comparing(c -> c.getProvider().getName().getOrganisation());
            case TOTAL_CHARGE:
                return Comparator.comparing(c -> c.getClaim().totalCharge());
            default:
                throw new IllegalArgumentException("No ordering for " + key);
        }
    }
}
