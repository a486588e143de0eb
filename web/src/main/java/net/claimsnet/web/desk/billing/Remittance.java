package net.claimsnet.web.desk.billing;

import net.claimsnet.node.desk.ClaimOrder;
import net.claimsnet.node.desk.ClaimPage;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.web.desk.claims.ClaimRow;
import net.claimsnet.web.desk.claims.ClaimSearches;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The payments received for the claims served in a date range: every settled claim of the range (read
 * page after page, so exports hold all of them, not the page on screen), newest payment first, and the totals.
 */
public final class Remittance implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate from;
    private final LocalDate to;
    private final List<ClaimRow> rows;

    public Remittance(LocalDate from, LocalDate to, List<ClaimRow> rows) {
        this.from = from;
        this.to = to;
        this.rows = List.copyOf(rows);
    }

    /** Reads every settled claim served between the dates (either may be null) through the desk's search. */
    public static Remittance read(ClaimSearches source, LocalDate from, LocalDate to) {
        ClaimSearch search = ClaimSearch.all().withStatus(ClaimStatus.SETTLED).withDates(from, to)
                .withOrder(new ClaimOrder(ClaimOrder.Key.CLAIM_ID, false));
        LocalDate today = LocalDate.now();
        List<ClaimRow> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            ClaimPage found = source.search(search.withPage(page, ClaimSearch.MAX_SIZE));
            found.claims().stream().map(c -> ClaimRow.of(c, today)).forEach(rows::add);
            if (found.claims().size() < ClaimSearch.MAX_SIZE || rows.size() >= found.total()) {
                break;
            }
        }
        rows.sort(Comparator.comparing(ClaimRow::getPaymentDate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ClaimRow::getClaimId, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Remittance(from, to, rows);
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public List<ClaimRow> getRows() {
        return rows;
    }

    public int getCount() {
        return rows.size();
    }

    public BigDecimal getTotalPaid() {
        return sum(ClaimRow::getPaidAmount);
    }

    public BigDecimal getTotalPatientShare() {
        return sum(ClaimRow::getPatientPays);
    }

    public BigDecimal getTotalCharge() {
        return sum(ClaimRow::getTotalCharge);
    }

    private BigDecimal sum(Function<ClaimRow, BigDecimal> amount) {
        return rows.stream().map(amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    /** The range in words, for titles and file names: "2025-03-01 to 2025-03-31", "all dates". */
    public String getRangeText() {
        if (from == null && to == null) {
            return "all dates";
        }
        return (from == null ? "the start" : from.toString()) + " to " + (to == null ? "today" : to.toString());
    }
}
