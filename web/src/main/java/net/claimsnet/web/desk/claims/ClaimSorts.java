package net.claimsnet.web.desk.claims;

import net.claimsnet.node.desk.ClaimOrder;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.Comparator;
import java.util.Map;

/** A table's sort (the column's field, a {@link ClaimRow} property such as {@code claimId}) as the desk's {@link ClaimOrder}. */
public final class ClaimSorts {

    /** The columns the desk can order by, and the key it orders them by. */
    private static final Map<String, ClaimOrder.Key> KEYS = Map.of(
            "claimId", ClaimOrder.Key.CLAIM_ID,
            "memberId", ClaimOrder.Key.MEMBER_ID,
            "provider", ClaimOrder.Key.PROVIDER,
            "firstDateOfService", ClaimOrder.Key.SERVICE_DATE,
            "ageDays", ClaimOrder.Key.SERVICE_DATE,
            "status", ClaimOrder.Key.STATUS,
            "totalCharge", ClaimOrder.Key.TOTAL_CHARGE);

    private ClaimSorts() {
    }

    /**
     * The first sorted column's order (the desk sorts by one key), else {@code otherwise}. Age sorts by the
     * date of service the other way round (the oldest service is the most days).
     */
    public static ClaimOrder orderOf(Map<String, SortMeta> sortBy, ClaimOrder otherwise) {
        if (sortBy == null || sortBy.isEmpty()) {
            return otherwise;
        }
        return sortBy.values().stream()
                .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted() && KEYS.containsKey(s.getField()))
                .min(Comparator.comparingInt(SortMeta::getPriority))
                .map(s -> new ClaimOrder(KEYS.get(s.getField()),
                        (s.getOrder() == SortOrder.DESCENDING) != "ageDays".equals(s.getField())))
                .orElse(otherwise);
    }
}
