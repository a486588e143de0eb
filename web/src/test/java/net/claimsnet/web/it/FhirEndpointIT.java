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
 * HAPI FHIR inside the node's EAR on Payara: the domain's class path carries Corda's older Guava,
 * Caffeine and commons-lang3, and the WAR's own copies must win (its child-first class loader), or the
 * context or the validator fails to start. The IT domain plays the notary: its administrator may read
 * the capabilities and validate, and every answer, errors included, is FHIR.
 */
@ExtendWith(ArquillianExtension.class)
class FhirEndpointIT {

    private static final HttpClient HTTPS = NetworkTrust.itNetwork().client().build();

    private static final String ADMIN = "admin@notary:admin-demo";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static EnterpriseArchive node() {
        return NodeDeploymentIT.node();
    }

    @Test
    void metadata_is_a_capability_statement_in_json_and_in_xml() throws Exception {
        HttpResponse<String> json = send("GET", "/fhir/metadata", ADMIN, null, null);
        HttpResponse<String> xml = send("GET", "/fhir/metadata?_format=xml", ADMIN, null, null);

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/fhir+json"));
        assertThat(json.body()).contains("\"resourceType\":\"CapabilityStatement\"").contains("\"fhirVersion\":\"4.0.1\"")
                .contains("\"name\":\"validate\"").doesNotContain("\"name\":\"submit\"");
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.body()).contains("<CapabilityStatement");
    }

    @Test
    void a_claim_is_validated_by_the_r4_definitions_in_the_server() throws Exception {
        String claim;
        try (java.io.InputStream in = FhirEndpointIT.class.getResourceAsStream("/fhir/claim-bundle.json")) {
            claim = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        HttpResponse<String> valid = send("POST", "/fhir/Bundle/$validate", ADMIN, claim, "application/fhir+json");
        HttpResponse<String> broken = send("POST", "/fhir/Claim/$validate", ADMIN,
                "{\"resourceType\":\"Claim\",\"status\":\"active\",\"use\":\"claim\"}", "application/fhir+json");

        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).contains("OperationOutcome").doesNotContain("\"severity\":\"error\"");
        assertThat(broken.statusCode()).isEqualTo(200);
        assertThat(broken.body()).contains("\"severity\":\"error\"").contains("Claim.type");
    }

    @Test
    void errors_at_fhir_are_operation_outcomes() throws Exception {
        HttpResponse<String> noLogin = send("GET", "/fhir/metadata", null, null, null);
        HttpResponse<String> wrongPassword = send("GET", "/fhir/metadata", "admin@notary:wrong", null, null);
        HttpResponse<String> unknown = send("GET", "/fhir/Nothing", ADMIN, null, null);
        HttpResponse<String> notJson = send("POST", "/fhir/Claim/$validate", ADMIN, "{\"resourceType\": \"Claim\",", "application/fhir+json");
        HttpResponse<String> wrongType = send("POST", "/fhir/Claim/$validate", ADMIN, "plain", "text/plain");
        HttpResponse<String> notProvider = send("POST", "/fhir/Claim/$submit", ADMIN, "{\"resourceType\":\"Claim\"}", "application/fhir+json");

        assertThat(noLogin.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(notProvider.statusCode()).isEqualTo(403);
        for (HttpResponse<String> response : java.util.List.of(noLogin, wrongPassword, unknown, notJson, wrongType, notProvider)) {
            assertThat(response.body()).as(response.uri() + " " + response.statusCode()).contains("OperationOutcome");
        }
    }

    private HttpResponse<String> send(String method, String path, String login, String body, String type)
            throws IOException, InterruptedException {
        URI uri = NetworkTrust.https(base).resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTPS.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
