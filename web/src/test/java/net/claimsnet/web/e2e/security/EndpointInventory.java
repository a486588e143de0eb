package net.claimsnet.web.e2e.security;

import net.claimsnet.bench.network.DemoPasswords;
import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.config.NodeConfiguration;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every endpoint of the running network, each from its own source of truth: the JSON API from each
 * node's /openapi (as JSON), FHIR from each node's CapabilityStatement (a node declares what its kind
 * serves, so the union over the nodes), X12 from its resource classes, the desk's pages from the
 * webapp folder. Nobody lists an endpoint by hand here: a new one is found, and needs a rule.
 */
final class EndpointInventory {

    /**
     * A node builds its OpenAPI document on the first request (Payara scans the deployment): over a
     * minute was seen on two cores busy with five nodes starting.
     */
    private static final Duration FIRST_READ_TIMEOUT = Duration.ofMinutes(5);

    private EndpointInventory() {
    }

    static Set<Endpoint> of(NetworkConfiguration network, Path webapp) {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (NodeConfiguration node : network.nodes()) {
            URI root = URI.create(node.secureAddress().replaceAll("/$", "") + "/");
            NodeSession http = new NodeSession(root);
            endpoints.addAll(OpenApiEndpoints.in(read(http, root, "openapi", "application/json", null)));
            // The CapabilityStatement needs a login (any role): the node's administrator's.
            endpoints.addAll(FhirEndpoints.in(read(http, root, "fhir/metadata", "application/fhir+json", "admin@" + node.id())));
        }
        endpoints.addAll(X12Endpoints.ofResources());
        endpoints.addAll(DeskPages.in(webapp));
        return endpoints;
    }

    private static String read(NodeSession http, URI root, String path, String accept, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).timeout(FIRST_READ_TIMEOUT)
                .header("Accept", accept).GET();
        if (user != null) {
            request = EndpointRequests.withBasicLogin(request, user, DemoPasswords.of(user));
        }
        HttpResponse<String> answer = http.send(request);
        if (answer.statusCode() != 200) {
            throw new AssertionError(root + path + ": expected 200, got " + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }
}
