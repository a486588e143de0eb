package net.claimsnet.bench.chaos;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;
import net.claimsnet.bench.network.NetworkClaims.Provider;
import net.claimsnet.bench.network.NetworkNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A chaos clerk's conversation with nodes that restart under it, against a stand-in for their API (JDK HTTP server). */
class PersistentClerkTest {

    private final HttpServer server;
    private final GeneratedClaim claim = new NetworkClaims(4, "t", LocalDate.of(2026, 11, 24)).claim(Provider.ST_MARY, 0);
    private final List<String> filingKeys = new CopyOnWriteArrayList<>();
    private final AtomicInteger adjudications = new AtomicInteger();
    private final AtomicInteger settlements = new AtomicInteger();
    private volatile List<Integer> filingAnswers = List.of(503, 502, 200);
    private volatile int insurerReadsBeforeSettled = 0;

    PersistentClerkTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_clerk_files_again_with_the_same_key_until_the_provider_is_back_and_does_not_repeat_steps_done_before() throws Exception {
        PersistentClerk.Outcome outcome = clerk(TimeUnit.SECONDS.toNanos(20)).take(claim);

        assertThat(outcome.unfinished()).isNull();
        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.id()).isEqualTo("ledger-1");
        assertThat(outcome.finalStatus()).isEqualTo("SETTLED");
        assertThat(filingKeys).as("every filing carries the claim id as its Idempotency-Key")
                .containsExactly(claim.claimId(), claim.claimId(), claim.claimId());
        assertThat(adjudications.get()).as("answered 409: adjudicated before, read, not asked again").isEqualTo(1);
        assertThat(settlements.get()).isEqualTo(1);
    }

    @Test
    void a_refusal_no_retry_changes_ends_the_claim_unaccepted_with_the_step_and_no_phi() throws Exception {
        filingAnswers = List.of(422);

        PersistentClerk.Outcome outcome = clerk(TimeUnit.SECONDS.toNanos(20)).take(claim);

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.unfinished()).startsWith("file at stmary: 422 scrub-rejected").doesNotContain("M-B0001");
        assertThat(adjudications.get()).isZero();
    }

    @Test
    void a_node_that_never_comes_back_ends_the_claim_when_the_run_is_over_saying_where_it_stood() throws Exception {
        filingAnswers = List.of(201);
        insurerReadsBeforeSettled = Integer.MAX_VALUE;

        PersistentClerk.Outcome outcome = clerk(TimeUnit.SECONDS.toNanos(3)).take(claim);

        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.unfinished()).isEqualTo("wait for SETTLED at acme (last: 200 APPROVED): still not done when the"
                + " run's time was up");
    }

    private PersistentClerk clerk(long nanos) {
        return new PersistentClerk(new ClaimsApi(), node("stmary", "billing"), node("acme", "adjuster"), System.nanoTime() + nanos);
    }

    private NetworkNode node(String id, String user) {
        return new NetworkNode(id, id, URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), user + "@" + id,
                user + "-demo");
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (method.equals("POST") && path.equals("/api/claims")) {
            filingKeys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            int status = filingAnswers.get(Math.min(filingKeys.size(), filingAnswers.size()) - 1);
            send(exchange, status, status < 300
                    ? "{\"claim\": {\"id\": \"ledger-1\", \"status\": \"SUBMITTED\"}, \"warnings\": [], \"alreadyFiled\": "
                      + (status == 200) + "}"
                    : "{\"status\": " + status + ", \"error\": \"scrub-rejected\", \"message\": \"Member M-B0001 has no coverage\"}");
        } else if (method.equals("POST") && path.equals("/api/claims/ledger-1/adjudication")) {
            adjudications.incrementAndGet();
            send(exchange, 409, "{\"status\": 409, \"error\": \"conflict\", \"message\": \"The claim is APPROVED\"}");
        } else if (method.equals("POST") && path.equals("/api/claims/ledger-1/settlement")) {
            settlements.incrementAndGet();
            send(exchange, 202, "{\"id\": \"ledger-1\", \"status\": \"APPROVED\"}");
        } else if (method.equals("GET") && path.equals("/api/claims/ledger-1")) {
            boolean settled = settlements.get() > 0 && insurerReadsBeforeSettled-- <= 0;
            send(exchange, 200, "{\"id\": \"ledger-1\", \"status\": \"" + (settled ? "SETTLED" : "APPROVED") + "\"}");
        } else {
            send(exchange, 404, "{\"status\": 404, \"error\": \"not-found\", \"message\": \"" + method + " " + path + "\"}");
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
