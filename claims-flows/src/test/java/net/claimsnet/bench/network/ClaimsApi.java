package net.claimsnet.bench.network;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The REST calls of the benchmark, asynchronous, each as the node's demo user. */
public final class ClaimsApi {

    /** A node waits up to 30 s for a flow before it answers 202; a little more than that. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(45);

    /** An answer: the HTTP status and the body (empty when there was none). */
    public record Answer(int status, String body) {

        public Object json() {
            return Json.parse(body);
        }

        /**
         * What went wrong, for a report: the status and the API error's code and message, with
         * anything that could identify a patient taken out, cut to {@code 160} characters.
         */
        public String excerpt() {
            String what;
            try {
                Object error = json();
                what = Json.text(error, "error") + ": " + Json.text(error, "message")
                        + (Json.text(error, "field") == null ? "" : " [" + Json.text(error, "field") + "]");
                Object findings = Json.at(error, "findings");
                if (findings instanceof java.util.List<?> list && !list.isEmpty()) {
                    what += " first finding: " + Json.text(list.get(0), "rule") + " on " + Json.text(list.get(0), "field");
                }
            } catch (IllegalArgumentException notJson) {
                what = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
            }
            String redacted = NetworkClaims.redact(what);
            return status + " " + (redacted.length() > 160 ? redacted.substring(0, 157) + "..." : redacted);
        }
    }

    private final HttpClient http;

    /** Over the nodes' HTTPS listeners, trusting what {@code tls} trusts ({@link TlsRoot}: the network's root alone). */
    public ClaimsApi(SSLContext tls) {
        // HTTP/1.1: the nodes speak it; negotiating HTTP/2 on every new connection would only cost.
        HttpClient.Builder http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        this.http = (tls == null ? http : http.sslContext(tls)).build();
    }

    /** With the JVM's default trust: for a stand-in server over plain HTTP (the tests'). */
    public ClaimsApi() {
        this(null);
    }

    public CompletableFuture<Answer> file(NetworkNode provider, String claimJson) {
        return post(provider, "api/claims", claimJson);
    }

    /** Files with an {@code Idempotency-Key} header; the whole answer, whose headers say whether it was replayed. */
    public CompletableFuture<HttpResponse<String>> file(NetworkNode provider, String claimJson, String idempotencyKey) {
        return http.sendAsync(request(provider.uri("api/claims")).header("Content-Type", "application/json")
                        .header("Idempotency-Key", idempotencyKey).header("Authorization", provider.authorization())
                        .POST(HttpRequest.BodyPublishers.ofString(claimJson, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public CompletableFuture<Answer> adjudicateByRules(NetworkNode insurer, String id) {
        return post(insurer, "api/claims/" + encode(id) + "/adjudication", "{}");
    }

    public CompletableFuture<Answer> settle(NetworkNode insurer, String id, String paymentReference) {
        return post(insurer, "api/claims/" + encode(id) + "/settlement",
                "{\"paymentReference\": " + Json.quote(paymentReference) + "}");
    }

    /**
     * Enrols members at the insurer in one request (POST /api/coverages/batch), as a user with
     * NODE_ADMIN; it runs two flows per member, so it may take as long as {@code timeout}.
     */
    CompletableFuture<Answer> enrollAll(NetworkNode insurerAdmin, String json, Duration timeout) {
        return send(insurerAdmin, HttpRequest.newBuilder(insurerAdmin.uri("api/coverages/batch")).timeout(timeout)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), insurerAdmin);
    }

    public CompletableFuture<Answer> claim(NetworkNode node, String id) {
        return get(node, "api/claims/" + encode(id));
    }

    /** The node's claims with this provider's claim id (a filing answered 202 has no ledger id yet). */
    public CompletableFuture<Answer> findByClaimId(NetworkNode node, String claimId) {
        return get(node, "api/claims?size=1&claimId=" + encode(claimId));
    }

    public CompletableFuture<Answer> get(NetworkNode node, String path) {
        return send(node, request(node.uri(path)).GET(), node);
    }

    /** GET without a login (the health checks). */
    public CompletableFuture<Answer> getAnonymous(URI uri, Duration timeout) {
        return http.sendAsync(HttpRequest.newBuilder(uri).timeout(timeout).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> new Answer(response.statusCode(), response.body()));
    }

    public CompletableFuture<Answer> post(NetworkNode node, String path, String json) {
        return send(node, request(node.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), node);
    }

    private CompletableFuture<Answer> send(NetworkNode node, HttpRequest.Builder request, NetworkNode as) {
        return http.sendAsync(request.header("Authorization", as.authorization()).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> new Answer(response.statusCode(), response.body()));
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).header("Accept", "application/json");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
