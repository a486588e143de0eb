package net.claimsnet.web.desk.billing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimIdsTest {

    @Test
    void freshClaimIdsCarryTheDayAndDiffer() {
        String first = ClaimIds.fresh(LocalDate.of(2026, 12, 4));
        String second = ClaimIds.fresh(LocalDate.of(2026, 12, 4));

        assertThat(first).matches("CLM-20261204-[0-9A-Z]{8}");
        assertThat(first).isNotEqualTo(second);
    }
}
