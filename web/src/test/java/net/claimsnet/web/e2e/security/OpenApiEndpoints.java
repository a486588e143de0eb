package net.claimsnet.web.e2e.security;

import net.claimsnet.bench.network.Json;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The endpoints a node's OpenAPI document (GET /openapi, as JSON) describes: each path with each of its
 * operations, a template that only chooses among fixed words written out ({@link PathTemplates}).
 */
final class OpenApiEndpoints {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiEndpoints() {
    }

    static Set<Endpoint> in(String openApiJson) {
        Object paths = Json.at(Json.parse(openApiJson), "paths");
        if (!(paths instanceof Map<?, ?> byPath) || byPath.isEmpty()) {
            throw new AssertionError("The OpenAPI document lists no paths: " + excerpt(openApiJson));
        }
        Set<Endpoint> endpoints = new TreeSet<>();
        byPath.forEach((path, item) -> {
            if (item instanceof Map<?, ?> operations) {
                for (Object key : operations.keySet()) {
                    if (HTTP_METHODS.contains(key.toString())) {
                        for (String concrete : PathTemplates.expand(path.toString())) {
                            endpoints.add(new Endpoint(key.toString(), concrete));
                        }
                    }
                }
            }
        });
        return endpoints;
    }

    private static String excerpt(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
