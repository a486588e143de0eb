package net.claimsnet.web.e2e.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an answer means for access, whatever the endpoint's business answer was: the login was refused,
 * the caller was refused, or the endpoint answered (a 404 for a missing id or a 400 for a body the
 * validation refuses counts: the caller got past the checks of who it is and what it may do; so does a 403
 * whose error is {@code no-consent}, a member's history refused because the member consented to nothing, not
 * because of the caller's role). A server error or a rate limit is never expected.
 */
enum Outcome {
    /** 401 on the machine interfaces; on the desk, the redirect to its login page. */
    LOGIN_REFUSED,
    /** 403. */
    FORBIDDEN,
    /** Anything else below 500 but 429. */
    ANSWERED,
    SERVER_ERROR,
    RATE_LIMITED;

    private static final Pattern NO_CONSENT = Pattern.compile("\"error\"\\s*:\\s*\"no-consent\"");

    static Outcome of(Surface surface, int status, Optional<String> location) {
        return of(surface, status, location, "");
    }

    static Outcome of(Surface surface, int status, Optional<String> location, String body) {
        if (status >= 500) {
            return SERVER_ERROR;
        }
        if (status == 429) {
            return RATE_LIMITED;
        }
        if (status == 401) {
            return LOGIN_REFUSED;
        }
        if (status == 403) {
            return surface == Surface.API && body != null && NO_CONSENT.matcher(body).find() ? ANSWERED : FORBIDDEN;
        }
        boolean redirect = status == 302 || status == 303 || status == 307;
        if (surface == Surface.DESK && redirect && location.map(to -> to.contains("/login.xhtml")).orElse(false)) {
            return LOGIN_REFUSED;
        }
        return ANSWERED;
    }
}
