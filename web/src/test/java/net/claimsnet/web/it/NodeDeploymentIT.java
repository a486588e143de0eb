package net.claimsnet.web.it;

import net.claimsnet.web.NetworkTrust;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node's EAR, as built, deploys into a Payara domain set up like a node (Corda libraries on the
 * system class path, jdbc/claimsnet, the notary's node file) and reports ready: the ledger
 * libraries come from the server, the schema was migrated by Flyway at startup, JPA answers and
 * the node runtime started from the bootstrap's key and signed network map. The desk answers over
 * HTTPS; the plain listener sends its pages there, even those that need a login, and keeps only
 * Payara's readiness check.
 */
@ExtendWith(ArquillianExtension.class)
class NodeDeploymentIT {

    /** The IT domain plays the notary (./network prepare-it). */
    private static final String NODE_NAME = "O=Claims Notary, L=Zurich, C=CH";

    private static final HttpClient HTTPS = NetworkTrust.itNetwork().client().build();
    private static final HttpClient PLAIN = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive node() {
        return TestArchives.node();
    }

    @Test
    void the_deployed_node_is_ready_with_its_name_and_a_migrated_database() throws IOException, InterruptedException {
        HttpResponse<String> response = get(PLAIN, URI.create(base.toExternalForm()).resolve("/health/ready"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"status\":\"UP\"")
                .contains("\"node\":\"" + NODE_NAME + "\"")
                .contains("\"role\":\"notary\"")
                .contains("\"runtime\":\"started\"")
                .contains("\"networkMapVersion\":")
                .contains("\"schemaVersion\":\"10\""); // V10__audit_tear_offs.sql is the newest migration
    }

    @Test
    void a_desk_page_says_in_its_server_timing_header_how_long_the_node_took_over_it() throws IOException, InterruptedException {
        HttpResponse<String> response = get(HTTPS, NetworkTrust.https(base).resolve("/login.xhtml"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Server-Timing")).hasValueSatisfying(timing ->
                assertThat(timing).matches("page;dur=\\d+\\.\\d"));
        assertThat(response.body()).contains("</html>");
    }

    @Test
    void the_plain_listener_sends_desk_pages_to_https_those_that_need_a_login_too() throws IOException, InterruptedException {
        URI plain = URI.create(base.toExternalForm());
        URI https = NetworkTrust.https(base);

        HttpResponse<String> login = get(PLAIN, plain.resolve("/login.xhtml?expired=true"));
        HttpResponse<String> claims = get(PLAIN, plain.resolve("/billing/claims.xhtml"));

        assertThat(login.statusCode()).isEqualTo(301);
        assertThat(login.headers().firstValue("Location")).hasValue(https.resolve("/login.xhtml?expired=true").toString());
        assertThat(claims.statusCode()).isEqualTo(301);
        assertThat(claims.headers().firstValue("Location")).hasValue(https.resolve("/billing/claims.xhtml").toString());
        assertThat(claims.headers().firstValue("Set-Cookie")).as("no session opened over plain HTTP").isEmpty();
    }

    private static HttpResponse<String> get(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
