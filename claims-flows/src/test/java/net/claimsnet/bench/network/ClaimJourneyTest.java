package net.claimsnet.bench.network;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import net.claimsnet.bench.network.ClaimJourney.Outcome;
import net.claimsnet.bench.network.NetworkClaims.Provider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark's REST conversation against a stand-in for the nodes' API (JDK HTTP server). */
class ClaimJourneyTest {

    private final HttpServer server;
    private final AtomicInteger adjudications = new AtomicInteger();
    private final AtomicInteger providerReads = new AtomicInteger();
    private volatile String health = "{\"status\": \"UP\", \"checks\": []}";
    private volatile int filingStatus = 201;

    ClaimJourneyTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void a_claim_is_filed_adjudicated_once_the_insurer_has_it_settled_and_read_until_the_provider_shows_it_settled()
            throws Exception {
        Outcome outcome = journey().run().get(10, TimeUnit.SECONDS);

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.settled()).isTrue();
        assertThat(outcome.latencyNanos()).isPositive();
        assertThat(adjudications.get()).isEqualTo(2);
        assertThat(providerReads.get()).isEqualTo(3);
    }

    @Test
    void a_refused_filing_fails_the_claim_with_the_step_status_and_reason_without_phi() throws Exception {
        filingStatus = 422;

        Outcome outcome = journey().run().get(10, TimeUnit.SECONDS);

        assertThat(outcome.settled()).isFalse();
        assertThat(outcome.failure()).isEqualTo("file at stmary: 422 scrub-rejected: Member <phi> born <phi> has no"
                + " active coverage [planId]");
        assertThat(adjudications.get()).isZero();
    }

    @Test
    void preflight_names_a_node_that_is_not_ready_and_its_reason() {
        health = "{\"status\": \"DOWN\", \"checks\": [{\"name\": \"claimsnet-node\", \"status\": \"DOWN\","
                + " \"data\": {\"reason\": \"the runtime failed\"}}]}";

        assertThatThrownBy(() -> new Preflight(new ClaimsApi()).checkHealth(List.of(node("stmary", "billing"))))
                .isInstanceOf(Preflight.NotReady.class)
                .hasMessageContaining("The network is not ready")
                .hasMessageContaining("St. Mary (http://127.0.0.1:")
                .hasMessageContaining("DOWN: the runtime failed")
                .hasMessageContaining("./network");
    }

    @Test
    void preflight_counts_the_claims_a_provider_holds() throws Exception {
        assertThat(new Preflight(new ClaimsApi()).claimsHeld(node("stmary", "billing"))).isEqualTo(7);
    }

    private ClaimJourney journey() {
        return new ClaimJourney(new ClaimsApi(), node("stmary", "billing"), node("acme", "adjuster"),
                new NetworkClaims(4, "t", LocalDate.of(2026, 11, 24)).claim(Provider.ST_MARY, 0),
                TimeUnit.SECONDS.toNanos(5));
    }

    private NetworkNode node(String id, String user) {
        return new NetworkNode(id, "St. Mary", URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"),
                user + "@" + id, user + "-demo");
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String user = new String(java.util.Base64.getDecoder().decode(
                exchange.getRequestHeaders().getFirst("Authorization") == null ? ""
                        : exchange.getRequestHeaders().getFirst("Authorization").substring("Basic ".length())),
                StandardCharsets.UTF_8);
        if (path.equals("/health/ready")) {
            send(exchange, 200, health);
        } else if (method.equals("GET") && path.equals("/api/claims")) {
            send(exchange, 200, "{\"claims\": [], \"page\": 0, \"size\": 1, \"total\": 7}");
        } else if (method.equals("POST") && path.equals("/api/claims") && user.equals("billing@stmary:billing-demo")) {
            send(exchange, filingStatus, filingStatus == 201
                    ? "{\"claim\": {\"id\": \"ledger-1\", \"status\": \"SUBMITTED\"}, \"warnings\": []}"
                    : "{\"status\": 422, \"error\": \"scrub-rejected\", \"message\": \"Member M-B0001 born 1950-01-01"
                      + " has no active coverage\", \"field\": \"planId\"}");
        } else if (method.equals("POST") && path.equals("/api/claims/ledger-1/adjudication") && user.startsWith("adjuster@")) {
            // The first attempt comes before the insurer recorded the filing.
            send(exchange, adjudications.incrementAndGet() == 1 ? 404 : 200,
                    "{\"id\": \"ledger-1\", \"status\": \"APPROVED\", \"adjudication\": {\"outcome\": \"APPROVED\"}}");
        } else if (method.equals("POST") && path.equals("/api/claims/ledger-1/settlement")) {
            send(exchange, 200, "{\"id\": \"ledger-1\", \"status\": \"SETTLED\"}");
        } else if (method.equals("GET") && path.equals("/api/claims/ledger-1") && user.startsWith("billing@")) {
            send(exchange, 200, "{\"id\": \"ledger-1\", \"status\": \""
                    + (providerReads.incrementAndGet() < 3 ? "APPROVED" : "SETTLED") + "\"}");
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
