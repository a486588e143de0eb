package net.claimsnet.web.it;

import net.claimsnet.web.NetworkTrust;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile bodies and paths against the deployed node, as its administrator (the IT domain plays the
 * notary, whose one demo user is NODE_ADMIN: the coverage and flow endpoints take its JSON bodies, then
 * refuse the coverage calls for not being the insurer's node, so nothing is stored). Each answer is 4xx
 * in under 2 s and names the limit; afterwards the node still answers at once, so no thread was left
 * behind (the truncated body used to keep one spinning for good). Over HTTPS, as every client of the node.
 */
@ExtendWith(ArquillianExtension.class)
class RequestLimitsIT {

    private static final String ADMIN = "admin@notary:admin-demo";
    private static final Duration PROMPT = Duration.ofSeconds(2);

    private static boolean warm;

    private final HttpClient client = NetworkTrust.itNetwork().client().build();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive node() {
        return NodeDeploymentIT.node();
    }

    @Test
    void the_truncated_body_with_an_unknown_property_is_400_at_once_and_leaves_no_thread_spinning() throws Exception {
        String truncated = "{\"zz\":{\"a\":[1,";
        assertThat(truncated.getBytes(StandardCharsets.UTF_8)).hasSize(14);
        List<CompletableFuture<HttpResponse<String>>> attacks = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            attacks.add(client.sendAsync(post("/api/coverages", truncated), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> attack : attacks) {
            HttpResponse<String> answer = attack.get(PROMPT.toMillis() * 3, java.util.concurrent.TimeUnit.MILLISECONDS);
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("\"error\":\"malformed-json\"");
        }
        assertStillServing();
    }

    @Test
    void deep_nesting_is_400_naming_the_limit_even_when_the_body_is_within_its_size() throws Exception {
        HttpResponse<String> answer = timed(post("/api/admin/flows/no-such-flow/abandon",
                "{\"reason\":" + "[".repeat(1_000)));
        HttpResponse<String> batch = timed(post("/api/coverages/batch", "{\"members\":" + "[".repeat(200_000)));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"error\":\"too-deep\"").contains("\"field\":\"reason");
        assertThat(batch.statusCode()).isEqualTo(400);
        assertThat(batch.body()).contains("\"error\":\"too-deep\"").contains("\"field\":\"members");
        assertStillServing();
    }

    @Test
    void a_huge_string_and_a_huge_exponent_are_400_naming_the_field() throws Exception {
        HttpResponse<String> text = timed(post("/api/coverages", "{\"memberId\":\"" + "m".repeat(20_000) + "\"}"));
        HttpResponse<String> number = timed(post("/api/admin/flows/no-such-flow/abandon", "{\"reason\":1e999999999}"));

        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("\"error\":\"string-too-long\"").contains("\"field\":\"memberId\"");
        assertThat(number.statusCode()).isEqualTo(400);
        assertThat(number.body()).contains("\"error\":\"number-too-large\"");
        assertStillServing();
    }

    @Test
    void a_body_over_the_endpoints_budget_is_413_and_a_long_list_400() throws Exception {
        HttpResponse<String> large = timed(post("/api/coverages", "{\"memberId\":\"" + "m".repeat(70 * 1024) + "\"}"));
        HttpResponse<String> list = timed(post("/api/coverages/batch", "{\"members\":[" + "{},".repeat(10_000) + "{}]}"));

        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.body()).contains("\"error\":\"body-too-large\"");
        assertThat(list.statusCode()).isEqualTo(400);
        assertThat(list.body()).contains("\"error\":\"list-too-long\"").contains("\"field\":\"members[10000]\"");
        assertStillServing();
    }

    @Test
    void a_300_character_id_in_a_path_is_400_not_500() throws Exception {
        String id = "x".repeat(300);
        HttpResponse<String> coverage = timed(get("/api/coverages/" + id));
        HttpResponse<String> transaction = timed(get("/api/admin/notary/commit-log/" + id));

        assertThat(coverage.statusCode()).isEqualTo(400);
        assertThat(coverage.body()).contains("\"error\":\"parameter-too-long\"").contains("\"field\":\"id\"");
        assertThat(transaction.statusCode()).isEqualTo(400);
        assertThat(transaction.body()).contains("\"field\":\"transactionId\"");
    }

    @Test
    void an_overlong_identifier_or_a_negative_amount_in_a_body_is_400_naming_the_field() throws Exception {
        HttpResponse<String> member = timed(post("/api/coverages", "{\"memberId\":\"" + "m".repeat(300)
                + "\",\"planId\":\"GOLD\",\"effectiveFrom\":\"2026-01-01\"}"));

        assertThat(member.statusCode()).isEqualTo(400);
        assertThat(member.body()).contains("\"field\":\"memberId\"");
    }

    private void assertStillServing() throws Exception {
        HttpResponse<String> health = timed(get("/api/admin/flows"));
        assertThat(health.statusCode()).isEqualTo(200);
    }

    /**
     * Times an answer. The node's first requests are not timed: a freshly deployed application
     * initialises its beans and compiles its code on them, which on a loaded machine takes seconds.
     */
    private HttpResponse<String> timed(HttpRequest request) throws Exception {
        if (!warm) {
            for (int i = 0; i < 3; i++) {
                client.send(get("/api/admin/flows"), HttpResponse.BodyHandlers.discarding());
                client.send(post("/api/coverages", "{\"memberId\":\"" + "m".repeat(100) + "\"}"),
                        HttpResponse.BodyHandlers.discarding());
                client.send(post("/api/admin/flows/no-such-flow/abandon", "{\"reason\":["),
                        HttpResponse.BodyHandlers.discarding());
            }
            warm = true;
        }
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).as("answer to %s", request.uri().getPath()).isLessThan(PROMPT);
        assertThat(response.statusCode()).as("never a server error").isLessThan(500);
        return response;
    }

    private HttpRequest post(String path, String json) {
        return request(path).timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpRequest get(String path) {
        return request(path).timeout(Duration.ofSeconds(10)).GET().build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(NetworkTrust.https(base).resolve(path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)));
    }
}
