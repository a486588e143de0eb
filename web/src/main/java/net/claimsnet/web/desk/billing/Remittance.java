package net.claimsnet.web.desk.billing;

import net.claimsnet.node.desk.ClaimOrder;
import net.claimsnet.node.desk.ClaimPage;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;

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
    private final List<RemittanceRow> rows;

    public Remittance(LocalDate from, LocalDate to, List<RemittanceRow> rows) {
        this.from = from;
        this.to = to;
        this.rows = List.copyOf(rows);
    }

    /** Reads every settled claim served between the dates (either may be null) through the desk's search. */
    public static Remittance read(ClaimSource source, LocalDate from, LocalDate to) {
        ClaimSearch search = ClaimSearch.all().withStatus(ClaimStatus.SETTLED).withDates(from, to)
                .withOrder(new ClaimOrder(ClaimOrder.Key.CLAIM_ID, false));
        List<RemittanceRow> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            ClaimPage found = source.search(search.withPage(page, ClaimSearch.MAX_SIZE));
            found.claims().stream().map(RemittanceRow::of).forEach(rows::add);
            if (found.claims().size() < ClaimSearch.MAX_SIZE || rows.size() >= found.total()) {
                break;
            }
        }
        rows.sort(Comparator.comparing(RemittanceRow::getPaymentDate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(RemittanceRow::getClaimId, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Remittance(from, to, rows);
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public List<RemittanceRow> getRows() {
        return rows;
    }

    public int getCount() {
        return rows.size();
    }

    public BigDecimal getTotalPaid() {
        return sum(RemittanceRow::getPaidAmount);
    }

    public BigDecimal getTotalPatientShare() {
        return sum(RemittanceRow::getPatientShare);
    }

    public BigDecimal getTotalCharge() {
        return sum(RemittanceRow::getTotalCharge);
    }

    private BigDecimal sum(Function<RemittanceRow, BigDecimal> amount) {
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
