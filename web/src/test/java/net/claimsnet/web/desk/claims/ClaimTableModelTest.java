package net.claimsnet.web.desk.claims;

import net.claimsnet.node.desk.ClaimOrder;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimTableModelTest {

    /** A fake desk of {@code total} claims that records every search and every count it is asked. */
    private static final class FakeDesk {
        final List<ClaimSearch> asked = new ArrayList<>();
        final List<ClaimSearch> counted = new ArrayList<>();
        long total = 45;

        long count(ClaimSearch search) {
            counted.add(search);
            return total;
        }

        ClaimRows rows(ClaimSearch search) {
            asked.add(search);
            List<ClaimRow> rows = new ArrayList<>();
            for (long i = (long) search.page() * search.size(); i < Math.min(total, (long) (search.page() + 1) * search.size()); i++) {
                rows.add(ClaimRow.builder("ledger-" + i, "CLM-" + i).status(search.statuses().isEmpty() ? null : search.statuses().iterator().next()).build());
            }
            return new ClaimRows(rows, total);
        }
    }

    @Test
    void aPageIsTheCriteriaInTheSortedColumnsOrderAtTheTablesPage() {
        FakeDesk desk = new FakeDesk();
        ClaimSearch pended = ClaimSearch.all().withStatus(ClaimStatus.PENDED);
        ClaimTableModel table = new ClaimTableModel(desk::rows, desk::count, () -> pended, ClaimOrder.OLDEST_SERVICE_FIRST);

        List<ClaimRow> third = table.load(40, 20, Map.of("totalCharge",
                SortMeta.builder().field("totalCharge").order(SortOrder.DESCENDING).build()), Map.of());

        assertThat(third).extracting(ClaimRow::getClaimId).containsExactly("CLM-40", "CLM-41", "CLM-42", "CLM-43", "CLM-44");
        assertThat(table.getRowCount()).isEqualTo(45);
        ClaimSearch asked = desk.asked.get(0);
        assertThat(asked.statuses()).containsExactly(ClaimStatus.PENDED);
        assertThat(asked.order()).isEqualTo(new ClaimOrder(ClaimOrder.Key.TOTAL_CHARGE, true));
        assertThat(asked.page()).isEqualTo(2);
        assertThat(asked.size()).isEqualTo(20);
        assertThat(table.getRowData("ledger-41").getClaimId()).isEqualTo("CLM-41");
        assertThat(table.getRowKey(third.get(0))).isEqualTo("ledger-40");
    }

    @Test
    void withoutASortedColumnTheTablesDefaultOrderHolds() {
        FakeDesk desk = new FakeDesk();
        ClaimTableModel table = new ClaimTableModel(desk::rows, desk::count, ClaimSearch::all, ClaimOrder.OLDEST_SERVICE_FIRST);

        table.load(0, 500, Map.of(), Map.of());

        assertThat(desk.asked.get(0).order()).isEqualTo(ClaimOrder.OLDEST_SERVICE_FIRST);
        assertThat(desk.asked.get(0).size()).as("never more than the desk serves").isEqualTo(ClaimSearch.MAX_SIZE);
    }

    @Test
    void theLastPagesCountServesUntilTheCriteriaChange() {
        FakeDesk desk = new FakeDesk();
        ClaimSearch[] shown = {ClaimSearch.all()};
        ClaimTableModel table = new ClaimTableModel(desk::rows, desk::count, () -> shown[0], ClaimOrder.NEWEST_SERVICE_FIRST);

        assertThat(table.count(Map.of())).isEqualTo(45);
        assertThat(desk.asked).as("counting reads no page").isEmpty();
        table.load(0, 20, Map.of(), Map.of());
        desk.total = 46;
        assertThat(table.count(Map.of())).isEqualTo(45);
        assertThat(desk.counted).hasSize(1);
        assertThat(desk.asked).hasSize(1);

        shown[0] = ClaimSearch.all().withMemberId("M-1");
        assertThat(table.count(Map.of())).isEqualTo(46);
        assertThat(desk.counted).hasSize(2);
        assertThat(desk.counted.get(1).memberId()).isEqualTo("M-1");
        assertThat(desk.asked).hasSize(1);
    }

    @Test
    void noCriteriaShowNothingAndAskTheDeskNothing() {
        FakeDesk desk = new FakeDesk();
        ClaimTableModel table = new ClaimTableModel(desk::rows, desk::count, () -> null, ClaimOrder.NEWEST_SERVICE_FIRST);

        assertThat(table.count(Map.of())).isZero();
        assertThat(table.load(0, 20, Map.of(), Map.of())).isEmpty();
        assertThat(table.getRowCount()).isZero();
        assertThat(desk.asked).isEmpty();
        assertThat(desk.counted).isEmpty();
    }
}
