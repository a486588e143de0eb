package net.claimsnet.web.e2e.security;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import net.claimsnet.web.x12.X12Application;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;

/**
 * The X12 endpoints, read from the resource classes {@link X12Application} lists (X12 has no
 * machine-readable description of its own, and /openapi may or may not scan it): each resource method's
 * HTTP method and its class's and its own {@code @Path} under the application's path.
 */
final class X12Endpoints {

    private X12Endpoints() {
    }

    static Set<Endpoint> ofResources() {
        String root = X12Application.class.getAnnotation(ApplicationPath.class).value();
        Set<Endpoint> endpoints = new TreeSet<>();
        for (Class<?> type : new X12Application().getClasses()) {
            Path resource = type.getAnnotation(Path.class);
            if (resource == null) {
                continue; // a provider or filter, not a resource
            }
            for (Method method : type.getMethods()) {
                String httpMethod = httpMethodOf(method);
                if (httpMethod != null) {
                    Path sub = method.getAnnotation(Path.class);
                    endpoints.add(new Endpoint(httpMethod, join(root, resource.value(), sub == null ? "" : sub.value())));
                }
            }
        }
        return endpoints;
    }

    /** GET, POST, ...: the name on the method's annotation that is itself annotated @HttpMethod. */
    private static String httpMethodOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static String join(String... segments) {
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            String trimmed = segment.replaceAll("^/+|/+$", "");
            if (!trimmed.isEmpty()) {
                path.append('/').append(trimmed);
            }
        }
        return path.toString();
    }
}
