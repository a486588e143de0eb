package net.claimsnet.web.desk.audit;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartJsonTest {

    @Test
    void aBarChartCarriesItsLabelsValuesAndAZeroBasedAxis() {
        String json = ChartJson.bar("Paid", List.of("1 Apr", "2 Apr"), List.of(new BigDecimal("41.60"), 0));

        assertThat(json).startsWith("{\"type\":\"bar\"")
                .contains("\"labels\":[\"1 Apr\",\"2 Apr\"]", "\"data\":[41.60,0]", "\"beginAtZero\":true");
    }

    @Test
    void aDoughnutColoursEachSliceAndShowsItsLegend() {
        String json = ChartJson.doughnut("Claims", List.of("SETTLED", "DENIED"), List.of(3L, 1L));

        assertThat(json).contains("\"backgroundColor\":[\"#0b5cad\",\"#1b6e32\"]", "\"legend\":{\"display\":true}")
                .doesNotContain("scales");
    }

    @Test
    void labelsAreEscapedForJsonAndForTheScriptTheyLandIn() {
        assertThat(ChartJson.quote("a\"b\\c</script>")).isEqualTo("\"a\\\"b\\\\c\\u003c/script\\u003e\"");
    }
}
