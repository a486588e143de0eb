package net.claimsnet.web.desk.adjuster;

import net.claimsnet.node.desk.ClaimOrder;

/** Which desk order a sorted table column asks for; the columns are named by their {@link ClaimRow} property. */
final class TableSorts {

    private TableSorts() {
    }

    /**
     * The desk order for a column and direction, or {@code fallback} when the column sorts by nothing
     * the desk can order by. Age sorts by the date of service the other way round (oldest = most days).
     */
    static ClaimOrder orderFor(String column, boolean descending, ClaimOrder fallback) {
        if (column == null) {
            return fallback;
        }
        switch (column) {
            case "firstDateOfService":
                return new ClaimOrder(ClaimOrder.Key.SERVICE_DATE, descending);
            case "ageDays":
                return new ClaimOrder(ClaimOrder.Key.SERVICE_DATE, !descending);
            case "claimId":
                return new ClaimOrder(ClaimOrder.Key.CLAIM_ID, descending);
            case "status":
                return new ClaimOrder(ClaimOrder.Key.STATUS, descending);
            case "memberId":
                return new ClaimOrder(ClaimOrder.Key.MEMBER_ID, descending);
            case "provider":
                return new ClaimOrder(ClaimOrder.Key.PROVIDER, descending);
            case "totalCharge":
                return new ClaimOrder(ClaimOrder.Key.TOTAL_CHARGE, descending);
            default:
                return fallback;
        }
    }
}
