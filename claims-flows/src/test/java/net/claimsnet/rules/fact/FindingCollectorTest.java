package net.claimsnet.rules.fact;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FindingCollectorTest {

    @Test
    void line_ten_sorts_after_line_nine() {
        assertThat(FindingCollector.comparePaths("serviceLines[10].units", "serviceLines[9].units")).isPositive();
        assertThat(FindingCollector.comparePaths("serviceLines[1].units", "serviceLines[1].units")).isZero();
        assertThat(FindingCollector.comparePaths("diagnosisCodes[0]", "serviceLines[0].units")).isNegative();
        assertThat(FindingCollector.comparePaths("serviceLines[1]", "serviceLines[1].units")).isNegative();
    }
}
