package net.claimsnet.web.api.limits;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer of a servlet filter that holds a request back (429 over a rate limit, 503 when the
 * request threads' share is taken; 403 for a write over plain HTTP, net.claimsnet.web.security.HttpsOnly):
 * with Retry-After where waiting helps, and a body saying what to do, as the API's error JSON
 * ({@code status}, {@code error}, {@code message}) for the machine interfaces and for a client that asks
 * for JSON, as plain text for a browser.
 */
public final class LimitAnswers {

    private LimitAnswers() {
    }

    static void answer(HttpServletRequest request, HttpServletResponse response, int status, String error, String message,
                       long retryAfterSeconds) throws IOException {
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds));
        refuse(request, response, status, error, message);
    }

    /** The same answer without Retry-After, for a request that waiting would not help. */
    public static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String error,
                              String message) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsJson(request)) {
            response.setContentType("application/json");
            response.getWriter().write(Json.createObjectBuilder().add("status", status).add("error", error)
                    .add("message", message).build().toString());
        } else {
            response.setContentType("text/plain");
            response.getWriter().write(message + "\n");
        }
    }

    private static boolean wantsJson(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return path.startsWith("/api/") || path.startsWith("/fhir/") || path.startsWith("/x12/")
                || (accept != null && accept.contains("json"));
    }
}
