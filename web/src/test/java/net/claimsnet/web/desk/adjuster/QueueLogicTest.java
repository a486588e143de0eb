package net.claimsnet.web.desk.adjuster;

import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.web.desk.claims.ClaimRow;
import net.claimsnet.web.desk.claims.ClaimRows;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class QueueLogicTest {

    private static ClaimRow row(ClaimStatus status, String claimId, LocalDate served) {
        return ClaimRow.builder("ledger-" + claimId, claimId).status(status).provider("St. Mary").memberId("M-1")
                .firstDateOfService(served).ageDays(0L).totalCharge(BigDecimal.TEN).insurerPays(BigDecimal.ONE)
                .patientPays(BigDecimal.ZERO).build();
    }

    /** A fake desk: the rows of each status, oldest service first, served in pages. */
    private static MergedQueues.StatusPages pagesOf(List<ClaimRow> rows) {
        return (status, page, size) -> {
            List<ClaimRow> ofStatus = rows.stream().filter(r -> r.getStatus() == status)
                    .sorted(MergedQueues.OLDEST_SERVICE_FIRST).collect(Collectors.toList());
            int from = Math.min(page * size, ofStatus.size());
            return new ClaimRows(ofStatus.subList(from, Math.min(from + size, ofStatus.size())), ofStatus.size());
        };
    }

    @Test
    void paymentsListsApprovedAndPartlyApprovedClaimsTogetherOldestServiceFirst() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        List<ClaimRow> rows = List.of(
                row(ClaimStatus.APPROVED, "A1", day.plusDays(3)),
                row(ClaimStatus.PARTIALLY_APPROVED, "P1", day.plusDays(1)),
                row(ClaimStatus.APPROVED, "A2", day.plusDays(2)),
                row(ClaimStatus.PARTIALLY_APPROVED, "P2", day.plusDays(4)));

        ClaimRows first = MergedQueues.page(PaymentsScreen.AWAITING_PAYMENT, pagesOf(rows), 0, 3);
        ClaimRows second = MergedQueues.page(PaymentsScreen.AWAITING_PAYMENT, pagesOf(rows), 1, 3);

        assertThat(first.total()).isEqualTo(4);
        assertThat(first.rows()).extracting(ClaimRow::getClaimId).containsExactly("P1", "A2", "A1");
        assertThat(second.rows()).extracting(ClaimRow::getClaimId).containsExactly("P2");
    }

    @Test
    void aPageBeyondTheDesksLargestSearchIsReadInSeveralSearches() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        List<ClaimRow> rows = new ArrayList<>();
        IntStream.range(0, 150).forEach(i -> rows.add(row(ClaimStatus.APPROVED, String.format("A%03d", i), day.plusDays(2L * i))));
        IntStream.range(0, 150).forEach(i -> rows.add(row(ClaimStatus.PARTIALLY_APPROVED, String.format("P%03d", i), day.plusDays(2L * i + 1))));

        ClaimRows page = MergedQueues.page(PaymentsScreen.AWAITING_PAYMENT, pagesOf(rows), 6, 20);

        assertThat(page.total()).isEqualTo(300);
        // Rows 120..139 alternate A/P from the 60th of each.
        assertThat(page.rows()).hasSize(20);
        assertThat(page.rows().get(0).getClaimId()).isEqualTo("A060");
        assertThat(page.rows().get(19).getClaimId()).isEqualTo("P069");
        assertThat(ClaimSearch.MAX_SIZE).isLessThan(140);
    }

    @Test
    void eftTraceNumbersAreDatedUniqueAndFitX12() {
        LocalDate day = LocalDate.of(2025, 3, 10);
        List<String> numbers = IntStream.range(0, 10_000).mapToObj(i -> EftTraceNumbers.next(day)).collect(Collectors.toList());

        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers).allSatisfy(n -> assertThat(n).matches("EFT20250310[0-9A-F]{12}").hasSizeLessThanOrEqualTo(50));
    }

    @Test
    void whatRemainsOfALimitIsNeverBelowZero() {
        assertThat(CoverageRow.remaining(new BigDecimal("500.00"), new BigDecimal("120.00"))).isEqualByComparingTo("380.00");
        assertThat(CoverageRow.remaining(new BigDecimal("500.00"), new BigDecimal("600.00"))).isEqualByComparingTo("0");
        assertThat(CoverageRow.remaining(new BigDecimal("500.00"), null)).isEqualByComparingTo("500.00");
        assertThat(CoverageRow.remaining(null, BigDecimal.ONE)).isNull();
        assertThat(CoverageRow.visitsText(java.util.Map.of("PHYSIO", 3), java.util.Map.of("PHYSIO", 20, "CHIRO", 12)))
                .isEqualTo("CHIRO 0 of 12; PHYSIO 3 of 20");
    }
}
