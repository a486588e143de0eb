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
 * The /x12 application in the server, as built: StAEDI inside the EAR (a 270 is read and its errors
 * reported), HTTP Basic and the roles on both endpoints, JSON errors, and /x12 and /api answering
 * only their own resources. The IT domain plays the notary, whose only user is its administrator.
 */
@ExtendWith(ArquillianExtension.class)
class X12EndpointsIT {

    private static final HttpClient HTTPS = NetworkTrust.itNetwork().client().build();

    private static final String ADMIN = "admin@notary:admin-demo";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive node() {
        return NodeDeploymentIT.node();
    }

    @Test
    void without_a_login_the_835_answers_401_with_a_basic_challenge() throws Exception {
        HttpResponse<String> response = send("GET", "/x12/835?from=2025-01-01&to=2025-12-31", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void the_administrator_gets_no_835_its_role_is_not_billing_or_adjuster() throws Exception {
        HttpResponse<String> response = send("GET", "/x12/835?from=2025-01-01&to=2025-12-31", ADMIN, null);

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void a_270_that_is_not_x12_is_read_by_staedi_in_the_server_and_refused_with_400_in_json() throws Exception {
        HttpResponse<String> response = send("POST", "/x12/270", ADMIN, "GS*HS*CLINIC*ACME*20250310*0900*1*X*005010X279A1~");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(response.body()).contains("invalid-270");
    }

    @Test
    void a_well_formed_270_at_a_node_that_is_not_the_insurer_is_403() throws Exception {
        String inquiry = "ISA*00*          *00*          *ZZ*CLINIC001      *ZZ*ACMEHEALTHINSUR*250310*0900*^*00501*000000777*0*P*:~"
                + "GS*HS*CLINIC001*ACMEHEALTHINSUR*20250310*0900*777*X*005010X279A1~ST*270*0001*005010X279A1~"
                + "BHT*0022*13*REF-42*20250310*0900~HL*1**20*1~NM1*PR*2*ACME*****PI*ACME~HL*2*1*21*1~"
                + "NM1*1P*2*ST MARY*****XX*1234567893~HL*3*2*22*0~NM1*IL*1*DOE*JANE****MI*M-1001~EQ*30~"
                + "SE*10*0001~GE*1*777~IEA*1*000000777~";

        HttpResponse<String> response = send("POST", "/x12/270", ADMIN, inquiry);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("insurer");
    }

    @Test
    void the_x12_resources_answer_under_x12_only() throws Exception {
        assertThat(send("GET", "/api/835?from=2025-01-01&to=2025-12-31", ADMIN, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/x12/claims", ADMIN, null).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> send(String method, String path, String login, String edi)
            throws IOException, InterruptedException {
        URI uri = NetworkTrust.https(base).resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, edi == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(edi));
        if (edi != null) {
            request.header("Content-Type", "application/EDI-X12");
        }
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTPS.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
