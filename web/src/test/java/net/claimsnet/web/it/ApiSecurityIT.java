package net.claimsnet.web.it;

import net.claimsnet.web.NetworkTrust;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The claims API's security in the server, as built: HTTP Basic against the node's users table (the
 * demo users a fresh node gets), roles mapped from the users' groups, every claim endpoint closed to
 * anyone without a desk role, and JSON answers, never an HTML error page; all of it over HTTPS, the
 * plain listener sending reads there and refusing writes unread. The IT domain plays the notary, whose
 * only demo user is its administrator (NODE_ADMIN, who reads no claims).
 */
@ExtendWith(ArquillianExtension.class)
class ApiSecurityIT {

    private static final HttpClient HTTPS = NetworkTrust.itNetwork().client().build();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive node() {
        return NodeDeploymentIT.node();
    }

    @Test
    void without_a_login_the_claims_api_answers_401_with_a_basic_challenge() throws Exception {
        HttpResponse<String> response = send("GET", "/api/claims", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        assertThat(send("GET", "/api/claims", "admin@notary:not-the-password", null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/claims", "nobody@notary:admin-demo", null).statusCode()).isEqualTo(401);
    }

    @Test
    void the_administrator_logs_in_but_reads_and_files_no_claims() throws Exception {
        HttpResponse<String> read = send("GET", "/api/claims", "admin@notary:admin-demo", null);
        HttpResponse<String> file = send("POST", "/api/claims", "admin@notary:admin-demo", "{\"claimId\": \"CLM-1\"}");

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(read.body()).contains("\"status\":403");
        assertThat(file.statusCode()).isEqualTo(403);
    }

    @Test
    void the_administrator_checks_the_audit_log_which_holds_the_logins_and_it_is_intact() throws Exception {
        assertThat(send("GET", "/api/claims", "admin@notary:not-the-password", null).statusCode()).isEqualTo(401);
        HttpResponse<String> verified = send("GET", "/api/admin/audit/verify", "admin@notary:admin-demo", null);
        HttpResponse<String> stranger = send("GET", "/api/admin/audit/verify", null, null);

        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(verified.body()).contains("\"intact\":true").contains("\"problemCount\":0").doesNotContain("\"rowsChecked\":0,");
        assertThat(stranger.statusCode()).isEqualTo(401);
    }

    @Test
    void the_administrator_adds_a_user_resets_its_password_and_disables_it_over_the_api() throws Exception {
        String user = "ops" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000) + "@notary";
        HttpResponse<String> added = send("POST", "/api/admin/users", "admin@notary:admin-demo",
                "{\"username\":\"" + user + "\",\"displayName\":\"Ops Two\",\"roles\":[\"NODE_ADMIN\"]}");
        HttpResponse<String> wrongRole = send("POST", "/api/admin/users", "admin@notary:admin-demo",
                "{\"username\":\"clerk@notary\",\"displayName\":\"Clerk\",\"roles\":[\"BILLING\"]}");
        HttpResponse<String> notAnAdmin = send("GET", "/api/admin/users", null, null);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        String first = passwordIn(added.body());
        assertThat(send("GET", "/api/admin/flows", user + ":" + first, null).statusCode()).isEqualTo(200);
        assertThat(wrongRole.statusCode()).isEqualTo(400);
        assertThat(wrongRole.body()).contains("\"field\":\"roles\"");
        assertThat(notAnAdmin.statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/admin/users", "admin@notary:admin-demo", null).body()).contains(user).doesNotContain(first)
                .doesNotContain("PBKDF2");

        String second = passwordIn(send("POST", "/api/admin/users/" + user + "/reset-password", "admin@notary:admin-demo", null).body());
        assertThat(send("GET", "/api/admin/flows", user + ":" + first, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/admin/flows", user + ":" + second, null).statusCode()).isEqualTo(200);

        assertThat(send("POST", "/api/admin/users/" + user + "/disable", "admin@notary:admin-demo", null).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/api/admin/flows", user + ":" + second, null).statusCode()).isEqualTo(401);
        assertThat(send("POST", "/api/admin/users/admin@notary/disable", "admin@notary:admin-demo", null).statusCode()).isEqualTo(409);
        assertThat(send("POST", "/api/admin/users/nobody@notary/enable", "admin@notary:admin-demo", null).statusCode()).isEqualTo(404);
    }

    private static String passwordIn(String json) {
        java.util.regex.Matcher password = java.util.regex.Pattern.compile("\"password\":\"([^\"]+)\"").matcher(json);
        assertThat(password.find()).as(json).isTrue();
        return password.group(1);
    }

    @Test
    void an_unknown_path_answers_json_and_the_api_is_described_at_openapi() throws Exception {
        HttpResponse<String> unknown = send("GET", "/api/no-such-thing", null, null);
        HttpResponse<String> openapi = send("GET", "/openapi", null, null);

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"status\":404");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/claims/{id}/adjudication").contains("basic");
    }

    @Test
    void the_plain_listener_sends_reads_to_https_and_refuses_writes_without_checking_their_login() throws Exception {
        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI https = NetworkTrust.https(base).resolve("/api/claims?size=1");
        URI claims = URI.create(base.toExternalForm()).resolve("/api/claims?size=1");

        HttpResponse<String> read = plain.send(HttpRequest.newBuilder(claims).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> write = plain.send(HttpRequest.newBuilder(claims).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("admin@notary:admin-demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString("{\"claimId\": \"CLM-1\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(read.statusCode()).isEqualTo(301);
        assertThat(read.headers().firstValue("Location")).hasValue(https.toString());
        assertThat(write.statusCode()).as(write.body()).isEqualTo(403);
        assertThat(write.body()).contains("\"error\":\"https-required\"").contains(https.toString());
        assertThat(send("GET", "/api/claims", "admin@notary:admin-demo", null).statusCode()).as("over HTTPS").isEqualTo(403);
    }

    private HttpResponse<String> send(String method, String path, String login, String json)
            throws IOException, InterruptedException {
        URI uri = NetworkTrust.https(base).resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTPS.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
