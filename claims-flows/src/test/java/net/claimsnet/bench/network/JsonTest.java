package net.claimsnet.bench.network;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonTest {

    @Test
    void reads_an_api_answer_into_maps_lists_and_values() {
        Object answer = Json.parse("{\"claim\": {\"id\": \"abc\", \"status\": \"SUBMITTED\", \"totalCharge\": 190.00,"
                + " \"adjudication\": null, \"lines\": [1, 2]}, \"warnings\": [], \"ok\": true}");

        assertThat(Json.text(answer, "claim.id")).isEqualTo("abc");
        assertThat(Json.at(answer, "claim.totalCharge")).isEqualTo(new BigDecimal("190.00"));
        assertThat(Json.text(answer, "claim.adjudication")).isNull();
        assertThat(Json.text(answer, "claim.missing.deeper")).isNull();
        assertThat(Json.at(answer, "claim.lines")).isEqualTo(List.of(BigDecimal.ONE, new BigDecimal(2)));
        assertThat(Json.at(answer, "ok")).isEqualTo(Boolean.TRUE);
    }

    @Test
    void quoted_strings_read_back_the_same() {
        String tricky = "a \"quote\", a \\ backslash,\na newline and \u0001";

        assertThat(Json.parse(Json.quote(tricky))).isEqualTo(tricky);
        assertThat(Json.parse("\"caf\\u00e9\"")).isEqualTo("café");
    }

    @Test
    void text_that_is_not_json_is_refused_with_its_offset() {
        assertThatThrownBy(() -> Json.parse("<html>Service Unavailable</html>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset 0");
        assertThatThrownBy(() -> Json.parse("{\"a\": 1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Json.parse("{\"a\": 1} x")).isInstanceOf(IllegalArgumentException.class);
    }
}
