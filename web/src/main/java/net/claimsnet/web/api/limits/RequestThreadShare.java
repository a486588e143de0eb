package net.claimsnet.web.api.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * Keeps part of the HTTP listener's request threads for the P2P endpoint: desk, API, FHIR and X12
 * requests together hold at most {@value #DEFAULT_MAX_CONCURRENT} threads at once (a desk call waits
 * for its flow on its thread for up to 30 s), out of the 200 of Payara's http-thread-pool
 * (config/payara/domain-setup.asadmin.template). Peers' messages, which hold a request thread only to
 * hand the request to the P2P threads (P2pMessagesResource), thus always find one, so the flows those
 * desk calls wait for keep moving. A request past the share is answered 503 with Retry-After at once
 * rather than queued behind the others.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestThreadShare extends HttpFilter {

    /** Request threads the users' requests may hold at once; the other 50 of 200 stay free for peers. */
    static final int DEFAULT_MAX_CONCURRENT = 150;

    private final Semaphore threads;
    private final int max;

    public RequestThreadShare() {
        this(Integer.getInteger("claimsnet.limits.user-threads", DEFAULT_MAX_CONCURRENT));
    }

    RequestThreadShare(int max) {
        this.max = max;
        this.threads = new Semaphore(max);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (UserRateLimitFilter.isP2p(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!threads.tryAcquire()) {
            LimitAnswers.answer(request, response, 503, "busy", "The node is answering " + max
                    + " requests at once; try again in 1 s (Retry-After)", 1);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            threads.release();
        }
    }
}
