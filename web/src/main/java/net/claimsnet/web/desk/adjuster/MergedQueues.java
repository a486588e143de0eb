package net.claimsnet.web.desk.adjuster;

import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.web.desk.claims.ClaimRow;
import net.claimsnet.web.desk.claims.ClaimRows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page over several statuses at once (the desk searches one status at a time), oldest service
 * first: reads each status's first claims up to the end of the page, merges, and cuts the page out.
 * Cheap for the first pages, which are what a work list is used for.
 */
final class MergedQueues {

    /** The order of the merged page: oldest service first, then the provider's claim id, then the ledger id (as the desk orders). */
    static final Comparator<ClaimRow> OLDEST_SERVICE_FIRST =
            Comparator.comparing(ClaimRow::getFirstDateOfService, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(ClaimRow::getClaimId)
                    .thenComparing(ClaimRow::getLedgerId);

    /** One desk search: page {@code page} of {@code size} claims of one status, oldest service first. */
    @FunctionalInterface
    interface StatusPages {
        ClaimRows rows(ClaimStatus status, int page, int size);
    }

    private MergedQueues() {
    }

    static ClaimRows page(List<ClaimStatus> statuses, StatusPages search, int page, int size) {
        long needed = (long) (page + 1) * size;
        List<ClaimRow> merged = new ArrayList<>();
        long total = 0;
        for (ClaimStatus status : statuses) {
            List<ClaimRow> prefix = new ArrayList<>();
            long statusTotal = 0;
            for (int chunk = 0; prefix.size() < needed; chunk++) {
                ClaimRows rows = search.rows(status, chunk, ClaimSearch.MAX_SIZE);
                statusTotal = rows.total();
                prefix.addAll(rows.rows());
                if (rows.rows().size() < ClaimSearch.MAX_SIZE || prefix.size() >= statusTotal) {
                    break;
                }
            }
            total += statusTotal;
            merged.addAll(prefix);
        }
        merged.sort(OLDEST_SERVICE_FIRST);
        int from = (int) Math.min((long) page * size, merged.size());
        int to = (int) Math.min(needed, merged.size());
        return new ClaimRows(merged.subList(from, to), total);
    }
}
