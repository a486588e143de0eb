package net.claimsnet.web.desk.claims;

import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.states.ClaimStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimFiltersTest {

    @Test
    void theFiltersMakeTheDesksSearchWithBlankTextAsNoFilter() {
        ClaimFilters filters = new ClaimFilters();
        filters.setStatus(ClaimStatus.PENDED);
        filters.setPendReason(" OA-133 ");
        filters.setProvider("  ");
        filters.setMemberId(" M-1001");
        filters.setClaimId("");
        filters.setFrom(LocalDate.of(2025, 3, 1));
        filters.setMinCharge(new BigDecimal("100"));

        ClaimSearch search = filters.search();

        assertThat(search.statuses()).containsExactly(ClaimStatus.PENDED);
        assertThat(search.pendReason()).isEqualTo("OA-133");
        assertThat(search.provider()).isNull();
        assertThat(search.memberId()).isEqualTo("M-1001");
        assertThat(search.claimId()).isNull();
        assertThat(search.from()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(search.to()).isNull();
        assertThat(search.minCharge()).isEqualByComparingTo("100");
        assertThat(search.maxCharge()).isNull();
    }

    @Test
    void aChargeRangeTheWrongWayRoundIsExplained() {
        ClaimFilters filters = new ClaimFilters();
        filters.setMinCharge(new BigDecimal("500"));
        filters.setMaxCharge(new BigDecimal("100"));

        assertThat(filters.chargeProblem()).contains("below the lowest").contains("swap them");

        filters.setMaxCharge(new BigDecimal("-1"));
        assertThat(filters.chargeProblem()).contains("0 or more");

        filters.clear();
        assertThat(filters.chargeProblem()).isNull();
        assertThat(filters.search()).isEqualTo(ClaimSearch.all());
    }

    @Test
    void aDateRangeEndingBeforeItStartsIsReversed() {
        ClaimFilters filters = new ClaimFilters();
        filters.setFrom(LocalDate.of(2025, 3, 10));
        filters.setTo(LocalDate.of(2025, 3, 9));
        assertThat(filters.datesReversed()).isTrue();
        filters.setTo(LocalDate.of(2025, 3, 10));
        assertThat(filters.datesReversed()).isFalse();
        filters.setFrom(null);
        assertThat(filters.datesReversed()).isFalse();
    }
}
