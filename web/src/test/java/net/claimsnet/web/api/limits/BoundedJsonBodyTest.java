package net.claimsnet.web.api.limits;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class BoundedJsonBodyTest {

    private static final JsonLimits LIMITS = JsonBudget.CLAIM.limits();

    private static byte[] read(String json, JsonLimits limits) throws IOException {
        return BoundedJsonBody.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), limits);
    }

    private static RequestLimitException refusal(String json, JsonLimits limits) {
        return assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                read(json, limits);
            } catch (RequestLimitException e) {
                return e;
            }
            throw new AssertionError("accepted: " + (json.length() > 80 ? json.substring(0, 80) + "..." : json));
        });
    }

    @Test
    void a_truncated_body_opening_an_unknown_object_is_refused_at_once_as_malformed() {
        // 14 bytes: the body that kept JSON-B's unknown-property skip looping forever.
        RequestLimitException refused = refusal("{\"zz\":{\"a\":[1,", LIMITS);

        assertThat(refused.error().status()).isEqualTo(400);
        assertThat(refused.error().error()).isEqualTo("malformed-json");
        assertThat(refused.error().field()).isEqualTo("zz.a[0]");
    }

    @Test
    void a_complete_body_within_every_limit_comes_back_byte_for_byte() throws IOException {
        String json = "{\"claimId\":\"C-1\",\"patient\":{\"memberId\":\"M1\"},\"serviceLines\":[{\"charge\":120.50,"
                + "\"modifiers\":[\"25\"],\"units\":1e1}],\"x\":null,\"y\":true}";

        assertThat(new String(read(json, LIMITS), StandardCharsets.UTF_8)).isEqualTo(json);
        assertThat(read("", LIMITS)).isEmpty();
    }

    @Test
    void nesting_one_level_deeper_than_allowed_is_refused_naming_where_and_the_allowed_depth_passes() throws IOException {
        int depth = LIMITS.maxDepth();
        read("[".repeat(depth) + "]".repeat(depth), LIMITS);

        RequestLimitException refused = refusal("{\"a\":" + "[".repeat(depth) + "]".repeat(depth) + "}", LIMITS);
        assertThat(refused.error().error()).isEqualTo("too-deep");
        assertThat(refused.error().field()).startsWith("a[0]");
        assertThat(refusal("[".repeat(100_000), LIMITS).error().error()).isEqualTo("too-deep");
    }

    @Test
    void a_string_longer_than_allowed_is_refused_naming_its_property_and_one_at_the_limit_passes() throws IOException {
        String atLimit = "x".repeat(LIMITS.maxStringLength());
        read("{\"patient\":{\"firstName\":\"" + atLimit + "\"}}", LIMITS);

        RequestLimitException refused = refusal("{\"patient\":{\"firstName\":\"" + atLimit + "x\"}}", LIMITS);
        assertThat(refused.error().error()).isEqualTo("string-too-long");
        assertThat(refused.error().field()).isEqualTo("patient.firstName");
        assertThat(refusal("{\"" + atLimit + "x\":1}", LIMITS).error().error()).isEqualTo("string-too-long");
    }

    @Test
    void a_list_longer_than_allowed_is_refused_naming_it_and_one_at_the_limit_passes() throws IOException {
        int max = LIMITS.maxListLength();
        read("{\"diagnosisCodes\":[" + "1,".repeat(max - 1) + "1]}", LIMITS);

        RequestLimitException refused = refusal("{\"diagnosisCodes\":[" + "1,".repeat(max) + "1]}", LIMITS);
        assertThat(refused.error().error()).isEqualTo("list-too-long");
        assertThat(refused.error().field()).isEqualTo("diagnosisCodes[" + max + "]");
        StringBuilder manyProperties = new StringBuilder("{");
        for (int i = 0; i <= max; i++) {
            manyProperties.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":1");
        }
        assertThat(refusal(manyProperties.append('}').toString(), LIMITS).error().error()).isEqualTo("too-many-properties");
    }

    @Test
    void numbers_with_huge_exponents_or_too_many_digits_are_refused_and_ordinary_ones_pass() throws IOException {
        read("{\"charge\":99999999.99,\"units\":2E+3,\"rate\":1.5e-30}", LIMITS);

        RequestLimitException huge = refusal("{\"serviceLines\":[{\"charge\":1e999999999}]}", LIMITS);
        assertThat(huge.error().error()).isEqualTo("number-too-large");
        assertThat(huge.error().field()).isEqualTo("serviceLines[0].charge");
        assertThat(refusal("{\"charge\":1e31}", LIMITS).error().error()).isEqualTo("number-too-large");
        assertThat(refusal("{\"charge\":" + "9".repeat(40) + "}", LIMITS).error().error()).isEqualTo("number-too-long");
    }

    @Test
    void a_body_over_its_size_is_413_whether_declared_or_sent_and_one_at_the_size_passes() throws IOException {
        JsonLimits small = new JsonLimits(20, 8, 100, 100);
        read("{\"a\":\"" + "x".repeat(12) + "\"}", small);

        RequestLimitException sent = refusal("{\"a\":\"" + "x".repeat(13) + "\"}", small);
        assertThat(sent.error().status()).isEqualTo(413);
        assertThat(sent.getResponse().getStatus()).isEqualTo(413);
        assertThat(sent.error().error()).isEqualTo("body-too-large");
        assertThatThrownBy(() -> BoundedJsonBody.checkDeclaredLength("21", small))
                .isInstanceOfSatisfying(RequestLimitException.class, e -> assertThat(e.error().status()).isEqualTo(413));
        BoundedJsonBody.checkDeclaredLength("20", small);
        BoundedJsonBody.checkDeclaredLength(null, small);
    }

    @Test
    void text_after_the_json_or_text_that_is_not_json_is_malformed() {
        assertThat(refusal("{\"a\":1} {", LIMITS).error().error()).isEqualTo("malformed-json");
        assertThat(refusal("not json", LIMITS).error().error()).isEqualTo("malformed-json");
        assertThat(refusal("{\"a\":\"unterminated", LIMITS).error().error()).isEqualTo("malformed-json");
    }
}
