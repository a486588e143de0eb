package net.claimsnet.web.e2e.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The request the suite sends to an endpoint: path parameters filled with an id that exists nowhere
 * (so a permitted caller gets 404, and no action can change a claim, a user or a flow), and a body that
 * each surface's validation refuses after the checks of who is calling (an empty JSON object, a
 * Parameters resource with nothing in it, a text that is not X12). What the suite checks is who gets
 * past authentication and authorisation, not what the endpoint then does.
 */
final class EndpointRequests {

    /** Fills every path parameter: no claim, coverage, user, flow, transaction or control number has it. */
    static final String MISSING_ID = "security-suite-missing";
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String P2P = "/api/p2p/";

    private EndpointRequests() {
    }

    static HttpRequest.Builder request(URI node, Endpoint endpoint) {
        Surface surface = endpoint.surface();
        HttpRequest.Builder request = HttpRequest.newBuilder(node.resolve(concrete(endpoint.path()))).timeout(TIMEOUT)
                .header("Accept", accepted(endpoint));
        if (!endpoint.sendsBody()) {
            return request.method(endpoint.method(), HttpRequest.BodyPublishers.noBody());
        }
        return request.header("Content-Type", contentType(endpoint))
                .method(endpoint.method(), HttpRequest.BodyPublishers.ofString(body(surface), StandardCharsets.UTF_8));
    }

    /** The caller's login as HTTP Basic; nobody sends none. */
    static HttpRequest.Builder withLogin(HttpRequest.Builder request, Caller caller) {
        return caller.presentsLogin() ? withBasicLogin(request, caller.username(), caller.password()) : request;
    }

    static HttpRequest.Builder withBasicLogin(HttpRequest.Builder request, String username, String password) {
        String basic = username + ":" + password;
        return request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }

    /** "/api/claims/{id}/history" -> "api/claims/security-suite-missing/history" (relative to the node's root). */
    static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", MISSING_ID).substring(1);
    }

    private static String accepted(Endpoint endpoint) {
        if (isP2p(endpoint)) {
            return "*/*";
        }
        return switch (endpoint.surface()) {
            case API -> "application/json";
            case FHIR -> "application/fhir+json";
            case X12 -> "application/EDI-X12, application/json";
            case DESK -> "text/html";
        };
    }

    private static String contentType(Endpoint endpoint) {
        if (isP2p(endpoint)) {
            return "application/octet-stream";
        }
        return switch (endpoint.surface()) {
            case FHIR -> "application/fhir+json";
            case X12 -> "text/plain";
            default -> "application/json";
        };
    }

    /**
     * P2P takes octets (signed envelopes) and answers in plain text: sent as a peer sends it, or JAX-RS
     * would answer 415 or 406 before the endpoint's own 403 to a caller without a client certificate.
     */
    private static boolean isP2p(Endpoint endpoint) {
        return endpoint.path().startsWith(P2P);
    }

    private static String body(Surface surface) {
        return switch (surface) {
            case FHIR -> "{\"resourceType\":\"Parameters\"}";
            case X12 -> "not an X12 interchange";
            default -> "{}";
        };
    }
}
