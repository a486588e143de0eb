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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The /x12 application in the server, as built: it answers under /x12 only (and /api's resources not
 * under /x12), with HTTP Basic, for billing staff only, in JSON when it refuses. The IT domain plays
 * the notary, whose only demo user is its administrator.
 */
@ExtendWith(ArquillianExtension.class)
class X12EndpointIT {

    private static final HttpClient HTTPS = NetworkTrust.itNetwork().client().build();

    private static final String EDI = "ISA*00*          *00*          *ZZ*A              *ZZ*B              *250101*1200*^*00501*000000001*0*T*:~";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive node() {
        return NodeDeploymentIT.node();
    }

    @Test
    void without_a_login_posting_an_837_answers_401_with_a_basic_challenge() throws Exception {
        HttpResponse<String> response = send("POST", "/x12/837", null, EDI);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void the_administrator_files_no_837_and_reads_no_acknowledgement() throws Exception {
        HttpResponse<String> post = send("POST", "/x12/837", "admin@notary:admin-demo", EDI);
        HttpResponse<String> status = send("GET", "/x12/837/000000001", "admin@notary:admin-demo", null);
        HttpResponse<String> ack = send("GET", "/x12/277ca/000000001", "admin@notary:admin-demo", null);

        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.body()).contains("\"status\":403");
        assertThat(status.statusCode()).isEqualTo(403);
        assertThat(ack.statusCode()).isEqualTo(403);
    }

    @Test
    void the_x12_and_the_claims_api_answer_each_under_their_own_path() throws Exception {
        assertThat(send("GET", "/api/837/000000001", "admin@notary:admin-demo", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/x12/claims", "admin@notary:admin-demo", null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(String method, String path, String login, String body)
            throws IOException, InterruptedException {
        URI uri = NetworkTrust.https(base).resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/EDI-X12");
        }
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTPS.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
