package net.claimsnet.web.desk.claims;

import net.claimsnet.node.desk.ClaimOrder;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimSortsTest {

    private static Map<String, SortMeta> sortedBy(String field, SortOrder order) {
        return Map.of(field, SortMeta.builder().field(field).order(order).build());
    }

    @Test
    void eachSortableColumnSortsByItsDeskKeyInItsDirection() {
        assertThat(ClaimSorts.orderOf(sortedBy("claimId", SortOrder.ASCENDING), null))
                .isEqualTo(new ClaimOrder(ClaimOrder.Key.CLAIM_ID, false));
        assertThat(ClaimSorts.orderOf(sortedBy("totalCharge", SortOrder.DESCENDING), null))
                .isEqualTo(new ClaimOrder(ClaimOrder.Key.TOTAL_CHARGE, true));
        assertThat(ClaimSorts.orderOf(sortedBy("firstDateOfService", SortOrder.ASCENDING), null))
                .isEqualTo(ClaimOrder.OLDEST_SERVICE_FIRST);
        assertThat(ClaimSorts.orderOf(sortedBy("memberId", SortOrder.ASCENDING), null).key()).isEqualTo(ClaimOrder.Key.MEMBER_ID);
        assertThat(ClaimSorts.orderOf(sortedBy("status", SortOrder.ASCENDING), null).key()).isEqualTo(ClaimOrder.Key.STATUS);
        assertThat(ClaimSorts.orderOf(sortedBy("provider", SortOrder.ASCENDING), null))
                .isEqualTo(new ClaimOrder(ClaimOrder.Key.PROVIDER, false));
    }

    @Test
    void theMostDaysWaitingFirstIsTheOldestServiceFirst() {
        assertThat(ClaimSorts.orderOf(sortedBy("ageDays", SortOrder.DESCENDING), null)).isEqualTo(ClaimOrder.OLDEST_SERVICE_FIRST);
        assertThat(ClaimSorts.orderOf(sortedBy("ageDays", SortOrder.ASCENDING), null)).isEqualTo(ClaimOrder.NEWEST_SERVICE_FIRST);
    }

    @Test
    void noSortOrAnUnknownColumnKeepsTheDefaultOrder() {
        assertThat(ClaimSorts.orderOf(Map.of(), ClaimOrder.NEWEST_SERVICE_FIRST)).isEqualTo(ClaimOrder.NEWEST_SERVICE_FIRST);
        assertThat(ClaimSorts.orderOf(sortedBy("patientName", SortOrder.ASCENDING), ClaimOrder.NEWEST_SERVICE_FIRST))
                .isEqualTo(ClaimOrder.NEWEST_SERVICE_FIRST);
        assertThat(ClaimSorts.orderOf(sortedBy("pendCodesText", SortOrder.ASCENDING), ClaimOrder.OLDEST_SERVICE_FIRST))
                .isEqualTo(ClaimOrder.OLDEST_SERVICE_FIRST);
        assertThat(ClaimSorts.orderOf(null, ClaimOrder.OLDEST_SERVICE_FIRST)).isEqualTo(ClaimOrder.OLDEST_SERVICE_FIRST);
    }
}
