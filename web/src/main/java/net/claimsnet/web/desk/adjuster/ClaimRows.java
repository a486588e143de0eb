package net.claimsnet.web.desk.adjuster;

import java.util.List;

/** One page of claim rows and how many rows match in all. */
record ClaimRows(List<ClaimRow> rows, long total) {

    static final ClaimRows NONE = new ClaimRows(List.of(), 0);

    ClaimRows {
        rows = List.copyOf(rows);
    }
}
