package net.claimsnet.web.e2e.security;

import net.claimsnet.bench.network.Json;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The FHIR endpoints a node's CapabilityStatement (GET /fhir/metadata) declares. FHIR is left out of
 * /openapi (its HAPI model made the document too slow to build), so this is its own description: each
 * type-level search is a GET of the type, each operation a POST of {@code Type/$operation}, a system
 * operation a GET of its name (metadata).
 */
final class FhirEndpoints {

    private FhirEndpoints() {
    }

    static Set<Endpoint> in(String capabilityStatementJson) {
        Object statement = Json.parse(capabilityStatementJson);
        if (!"CapabilityStatement".equals(Json.text(statement, "resourceType"))) {
            throw new AssertionError("/fhir/metadata is not a CapabilityStatement: " + Json.text(statement, "resourceType"));
        }
        Set<Endpoint> endpoints = new TreeSet<>();
        for (Object rest : list(statement, "rest")) {
            for (Object resource : list(rest, "resource")) {
                String type = Json.text(resource, "type");
                for (Object interaction : list(resource, "interaction")) {
                    if (!"search-type".equals(Json.text(interaction, "code"))) {
                        throw new AssertionError("/fhir/metadata declares " + Json.text(interaction, "code") + " on " + type
                                + ", which this suite does not know how to call yet: add it to FhirEndpoints");
                    }
                    endpoints.add(new Endpoint("GET", "/fhir/" + type));
                }
                for (Object operation : list(resource, "operation")) {
                    endpoints.add(new Endpoint("POST", "/fhir/" + type + "/$" + Json.text(operation, "name")));
                }
            }
            for (Object operation : list(rest, "operation")) {
                // The only system-level operation a node declares is metadata, which is read with GET.
                endpoints.add(new Endpoint("GET", "/fhir/" + Json.text(operation, "name")));
            }
        }
        return endpoints;
    }

    private static List<?> list(Object value, String key) {
        Object found = Json.at(value, key);
        return found instanceof List<?> items ? items : List.of();
    }
}
