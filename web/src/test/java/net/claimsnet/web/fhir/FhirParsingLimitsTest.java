package net.claimsnet.web.fhir;

import org.hl7.fhir.r4.model.Claim;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * FHIR JSON checked against its limits before HAPI parses it: a number HAPI would write out in full
 * (1e999999999 took the server's heap in the fuzz run) and nesting beyond any resource are 400 at once;
 * a resource within them still parses.
 */
class FhirParsingLimitsTest {

    private static final String CLAIM = "{\"resourceType\":\"Claim\",\"status\":\"active\",\"use\":\"claim\","
            + "\"total\":{\"value\":%s,\"currency\":\"USD\"}}";

    @Test
    void a_number_with_a_huge_exponent_is_400_in_a_moment_not_a_billion_digits() {
        long started = System.nanoTime();
        FhirRequestException refused = catchThrowableOfType(() -> FhirParsing.parse(String.format(CLAIM, "1e999999999"), false),
                FhirRequestException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.issues().get(0).toString()).contains("exponent").contains("total.value");
    }

    @Test
    void nesting_deeper_than_any_resource_is_400() {
        assertThatThrownBy(() -> FhirParsing.parse("{\"resourceType\":\"Claim\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}", false))
                .isInstanceOf(FhirRequestException.class).hasMessageContaining("deeper than 32");
    }

    @Test
    void a_claim_within_the_limits_still_parses() {
        Claim claim = (Claim) FhirParsing.parse(String.format(CLAIM, "150.00"), false);

        assertThat(claim.getTotal().getValue()).isEqualByComparingTo("150.00");
    }
}
