package net.claimsnet.web.e2e.security;

import java.util.Locale;

/**
 * One way into a node: an HTTP method and a path template, as its source of truth names it
 * ("POST /api/claims/{id}/adjudication", "POST /fhir/Claim/$submit", "GET /billing/claims.xhtml").
 */
record Endpoint(String method, String path) implements Comparable<Endpoint> {

    Endpoint {
        method = method.toUpperCase(Locale.ROOT);
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A path starts at the node's root: " + path);
        }
    }

    /** "GET /api/claims" -> the endpoint. */
    static Endpoint parse(String methodAndPath) {
        int space = methodAndPath.indexOf(' ');
        if (space < 0) {
            throw new IllegalArgumentException("Write an endpoint as METHOD /path: " + methodAndPath);
        }
        return new Endpoint(methodAndPath.substring(0, space), methodAndPath.substring(space + 1).trim());
    }

    Surface surface() {
        return Surface.of(path);
    }

    boolean sendsBody() {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }

    @Override
    public int compareTo(Endpoint other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : method.compareTo(other.method);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
