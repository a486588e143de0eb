package net.claimsnet.bench.network;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The benchmark's enrolment of its members, against a stand-in for Acme's coverage API (JDK HTTP server). */
class MemberEnrollmentTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final HttpServer server;
    private volatile int status = 200;
    private volatile String answer = "{\"enrolled\": 3, \"alreadyCovered\": 1, \"refused\": 0, \"stillRunning\": 0, \"members\": []}";
    private volatile String path;
    private volatile String authorization;
    private volatile String body;

    MemberEnrollmentTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        path = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
        authorization = exchange.getRequestHeaders().getFirst("Authorization");
        body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private NetworkNode acmeAdmin() {
        return new NetworkNode("acme", "Acme Health Insurance",
                URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"), "adjuster@acme", "adjuster-demo")
                .as("admin");
    }

    private MemberEnrollment.Result enroll() throws Preflight.NotReady {
        return new MemberEnrollment(new ClaimsApi()).enroll(acmeAdmin(), new NetworkClaims(4, "t", TODAY));
    }

    @Test
    void every_member_is_sent_on_the_plan_for_the_claims_year_in_one_request_as_acmes_administrator() throws Exception {
        MemberEnrollment.Result result = enroll();

        assertThat(result).isEqualTo(new MemberEnrollment.Result(3, 1));
        assertThat(path).isEqualTo("POST /api/coverages/batch");
        assertThat(new String(Base64.getDecoder().decode(authorization.substring("Basic ".length())), StandardCharsets.UTF_8))
                .as("the administrator's password: the README's, or the one ./network generated in this working tree")
                .isEqualTo("admin@acme:" + DemoPasswords.of("admin@acme"));
        Object members = Json.at(Json.parse(body), "members");
        assertThat(members).isInstanceOf(List.class);
        List<?> list = (List<?>) members;
        assertThat(list).hasSize(4);
        assertThat(Json.text(list.get(0), "memberId")).isEqualTo("M-B0001");
        assertThat(Json.text(list.get(3), "subscriberId")).isEqualTo("S-B0004");
        assertThat(Json.text(list.get(3), "planId")).isEqualTo(NetworkClaims.PLAN_ID);
        assertThat(Json.text(list.get(3), "effectiveFrom")).isEqualTo("2026-01-01");
        assertThat(Json.text(list.get(3), "effectiveTo")).isEqualTo("2026-12-31");
    }

    @Test
    void on_new_years_day_the_members_are_enrolled_for_the_year_of_yesterdays_claims() {
        String json = MemberEnrollment.requestJson(new NetworkClaims(1, "t", LocalDate.of(2027, 1, 1)));

        assertThat(json).contains("\"effectiveFrom\": \"2026-01-01\"");
    }

    @Test
    void a_member_refused_stops_the_benchmark_naming_the_reason_without_phi() {
        answer = "{\"enrolled\": 3, \"alreadyCovered\": 0, \"refused\": 1, \"stillRunning\": 0, \"members\": ["
                + "{\"index\": 3, \"memberId\": \"M-B0004\", \"result\": \"REFUSED\", \"field\": \"members[3].planId\","
                + " \"message\": \"No plan ACME-PPO-GOLD in this insurer's reference data for M-B0004\"}]}";

        assertThatThrownBy(this::enroll).isInstanceOf(Preflight.NotReady.class)
                .hasMessageContaining("did not enrol every member")
                .hasMessageContaining("1 refused")
                .hasMessageContaining("No plan ACME-PPO-GOLD in this insurer's reference data for <phi> [members[3].planId]")
                .hasMessageNotContaining("M-B0004");
    }

    @Test
    void an_insurer_without_the_coverage_api_says_to_deploy_the_current_ear() {
        status = 404;
        answer = "{\"status\": 404, \"error\": \"not-found\", \"message\": \"HTTP 404 Not Found\"}";

        assertThatThrownBy(this::enroll).isInstanceOf(Preflight.NotReady.class)
                .hasMessageContaining("cannot enrol members (404").hasMessageContaining("./network up");
    }

    @Test
    void a_refused_login_names_the_user_and_the_password_option() {
        status = 401;
        answer = "";

        assertThatThrownBy(this::enroll).isInstanceOf(Preflight.NotReady.class)
                .hasMessageContaining("refused admin@acme (401)").hasMessageContaining("-Dbench.password.admin");
    }
}
