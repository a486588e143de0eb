package net.claimsnet.web.api.limits;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.claimsnet.node.limits.RateLimit;
import net.claimsnet.node.limits.RateLimiter;
import net.claimsnet.node.server.NodeRuntime;

import java.io.IOException;
import java.security.Principal;
import java.time.Duration;

/**
 * Holds each desk and API user to the node's rate limit ({@code limits.user.*} in its file under
 * config/nodes; {@link RateLimit#USER_DEFAULT} otherwise): every request counts against the user it is
 * authenticated as (the server authenticates before filters run), or against its address while
 * anonymous. Over the limit: 429 with Retry-After, nothing done. The P2P endpoint is left to its own,
 * per-peer limit (InboundMessages), counted by the peer's signature.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class UserRateLimitFilter extends HttpFilter {

    static final String P2P_PATH = "/api/p2p/";

    @EJB
    private NodeRuntime runtime;

    private final RateLimiter defaults;
    private volatile RateLimiter configured;

    public UserRateLimitFilter() {
        this(new RateLimiter(RateLimit.USER_DEFAULT));
    }

    /** With a limiter of the test's own; the node's configuration then stays unread. */
    UserRateLimitFilter(RateLimiter limiter) {
        this.defaults = limiter;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isP2p(request)) {
            chain.doFilter(request, response);
            return;
        }
        String caller = callerOf(request);
        RateLimiter limiter = limiter();
        Duration wait = limiter.admit(caller, 1);
        if (!wait.isZero()) {
            long seconds = RateLimiter.retryAfterSeconds(wait);
            LimitAnswers.answer(request, response, 429, "rate-limited", caller + " sent more than " + limiter.limit()
                    + " requests; wait " + seconds + " s (Retry-After) and then send fewer requests a second", seconds);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isP2p(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith(P2P_PATH);
    }

    static String callerOf(HttpServletRequest request) {
        Principal user = request.getUserPrincipal();
        return user != null ? user.getName() : "anonymous at " + request.getRemoteAddr();
    }

    /** The node's limit once it runs (its file is read at start); the default until then. */
    private RateLimiter limiter() {
        RateLimiter current = configured;
        if (current != null) {
            return current;
        }
        if (runtime != null && runtime.isRunning()) {
            current = new RateLimiter(runtime.configuration().userRateLimit());
            configured = current;
            return current;
        }
        return defaults;
    }
}
