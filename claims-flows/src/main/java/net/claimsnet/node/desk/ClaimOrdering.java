package net.claimsnet.node.desk;

import net.claimsnet.states.ClaimState;

import java.time.LocalDate;
import java.util.Comparator;

/** The comparators behind {@link ClaimOrder}: a claim's sort keys, read from its current version. */
final class ClaimOrdering {

    /** Ties are broken the same way whatever the order, so paging is stable. */
    private static final Comparator<ClaimState> TIE_BREAK =
            Comparator.<ClaimState, String>comparing(c -> c.getClaim().getClaimId())
                    .thenComparing(c -> c.getLinearId().getId());

    private ClaimOrdering() {
    }

    static Comparator<ClaimState> of(ClaimOrder order) {
        if (order.key() == ClaimOrder.Key.SERVICE_DATE) {
            // Claims without a date of service come last in either direction.
            Comparator<LocalDate> dates = order.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
            return Comparator.comparing(ClaimDesk::firstDateOfService, Comparator.nullsLast(dates)).thenComparing(TIE_BREAK);
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
