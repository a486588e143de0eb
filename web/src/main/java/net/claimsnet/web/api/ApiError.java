package net.claimsnet.web.api;

import java.util.List;

/**
 * Every error the API answers: the HTTP status, a short code, a message a person can read, the
 * request field it is about (400), the scrub findings (422), or the flow still running (202).
 */
public record ApiError(int status, String error, String message, String field, List<Finding> findings, String flowId) {

    public static ApiError of(int status, String error, String message) {
        return new ApiError(status, error, message, null, null, null);
    }

    public static ApiError ofField(String field, String message) {
        return new ApiError(400, "invalid-request", message, field, null, null);
    }

    /** One scrub finding: how serious, which field, which rule, what to do. */
    public record Finding(String severity, String field, String rule, String message) {
    }
}
