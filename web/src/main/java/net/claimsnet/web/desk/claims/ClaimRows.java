package net.claimsnet.web.desk.claims;

import net.claimsnet.node.desk.ClaimPage;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** One page of claim rows and how many claims match in all. */
public record ClaimRows(List<ClaimRow> rows, long total) {

    public ClaimRows {
        rows = List.copyOf(rows);
    }

    /** A page of the desk's search as rows, their ages counted to {@code today}. */
    public static ClaimRows of(ClaimPage page, LocalDate today) {
        return new ClaimRows(page.claims().stream().map(c -> ClaimRow.of(c, today)).collect(Collectors.toList()),
                page.total());
    }
}
