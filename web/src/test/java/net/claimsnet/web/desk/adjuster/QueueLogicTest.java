package net.claimsnet.web.desk.adjuster;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class QueueLogicTest {

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
