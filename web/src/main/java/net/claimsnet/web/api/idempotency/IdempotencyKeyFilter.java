package net.claimsnet.web.api.idempotency;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.claimsnet.node.filing.IdempotencyKeys;
import net.claimsnet.node.filing.IdempotencyKeys.KeyedRequest;
import net.claimsnet.node.filing.IdempotencyKeys.StoredAnswer;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.filing.JpaIdempotencyKeys;
import net.claimsnet.web.api.limits.JsonBudget;
import net.claimsnet.web.api.limits.LimitAnswers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Idempotency-Key header on every POST under /api/claims (draft-ietf-httpapi-idempotency-key-header).
 * The first request with a key is recorded (per user: one user's key never answers another's request)
 * with a fingerprint of its method, path and body, then runs; its answer is kept for 24 hours. The same
 * key again with the same request gets that answer replayed, marked {@code Idempotent-Replayed: true},
 * and nothing runs twice; with another request, 422; while the first is still running, 409. A key
 * that is not 1 to 255 printable ASCII characters is 400. A request that ends in a server error or
 * still running (202) keeps no answer: retrying it under the same key runs it again.
 */
@WebFilter(urlPatterns = {"/api/claims", "/api/claims/*"}, asyncSupported = true)
public class IdempotencyKeyFilter extends HttpFilter {

    static final String REPLAYED = "Idempotent-Replayed";
    /**
     * Set on a request this filter has taken up. Mapped under two patterns that both match
     * {@code /api/claims}, the filter ran twice in one request's chain in Payara, and its second run found
     * its first run's key in progress and answered 409 for the very request that held it.
     */
    static final String TAKEN = IdempotencyKeyFilter.class.getName() + ".taken";
    static final Duration KEPT = Duration.ofHours(24);
    /** How often expired keys are purged, at most: a purge rides along a keyed request. */
    static final Duration PURGE_EVERY = Duration.ofMinutes(10);
    /** The largest body of any POST under /api/claims (a claim); a larger one is refused before it is hashed. */
    static final int MAX_BODY_BYTES = JsonBudget.CLAIM.limits().maxBytes();

    @EJB
    private DatabaseTransactions database;

    @EJB
    private NodeRuntime runtime;

    private final Clock clock;
    /**
     * Made as the application starts, before it takes a request: a key left in progress before this was
     * held by a request of a process that stopped (a node killed mid-request) and is taken anew.
     */
    private final Instant servingSince;
    private volatile IdempotencyKeys keys;
    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    public IdempotencyKeyFilter() {
        this.clock = Clock.systemUTC();
        this.servingSince = clock.instant();
    }

    /** Over the test's own store and clock. */
    IdempotencyKeyFilter(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
        this.servingSince = clock.instant();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = request.getHeader(IdempotencyKeyHeader.NAME);
        if (key == null || !"POST".equals(request.getMethod()) || request.getUserPrincipal() == null
                || request.getAttribute(TAKEN) != null) {
            // Without a key (or a user to keep it for: the request is refused as anonymous anyway) nothing changes.
            chain.doFilter(request, response);
            return;
        }
        Optional<String> problem = IdempotencyKeyHeader.problem(key);
        if (problem.isPresent()) {
            LimitAnswers.refuse(request, response, 400, "bad-idempotency-key", problem.get());
            return;
        }
        byte[] body = readBody(request);
        if (body == null) {
            LimitAnswers.refuse(request, response, 413, "too-large", "The request body is over " + MAX_BODY_BYTES
                    + " bytes, the most any POST under /api/claims takes");
            return;
        }
        if (keys() == null) {
            LimitAnswers.refuse(request, response, 503, "node-not-running",
                    "This node is not running, so it cannot keep the Idempotency-Key; try again later");
            return;
        }
        String user = request.getUserPrincipal().getName();
        Instant now = clock.instant();
        purgeNowAndThen(now);
        String requestHash = fingerprint(request, body);
        request.setAttribute(TAKEN, Boolean.TRUE);
        Optional<KeyedRequest> earlier = keys().begin(user, key, requestHash, now, now.plus(KEPT));
        if (earlier.isPresent()) {
            answerAgain(request, response, earlier.get(), requestHash);
            return;
        }
        CapturingResponse capturing = new CapturingResponse(response);
        try {
            chain.doFilter(new BufferedBodyRequest(request, body), capturing);
        } catch (IOException | ServletException | RuntimeException | Error failed) {
            keys().forget(user, key);
            throw failed;
        }
        int status = capturing.getStatus();
        if (status >= 500 || status == HttpServletResponse.SC_ACCEPTED) {
            keys().forget(user, key);
        } else {
            keys().answered(user, key, new StoredAnswer(status, capturing.getContentType(), capturing.body(),
                    capturing.getHeader("Location")));
        }
    }

    private static void answerAgain(HttpServletRequest request, HttpServletResponse response, KeyedRequest earlier,
                                    String requestHash) throws IOException {
        if (!earlier.requestHash().equals(requestHash)) {
            LimitAnswers.refuse(request, response, 422, "idempotency-key-reused", "This Idempotency-Key was used for"
                    + " another request (a different path or body); send a new key with each new request");
            return;
        }
        if (earlier.answer().isEmpty()) {
            response.setHeader("Retry-After", "1");
            LimitAnswers.refuse(request, response, 409, "idempotency-key-in-progress", "The first request with this"
                    + " Idempotency-Key is still being processed; send it again once that one is answered");
            return;
        }
        StoredAnswer answer = earlier.answer().get();
        response.setStatus(answer.status());
        response.setHeader(REPLAYED, "true");
        if (answer.location() != null) {
            response.setHeader("Location", answer.location());
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        if (answer.body() != null && answer.body().length > 0) {
            response.getOutputStream().write(answer.body());
        }
    }

    /** The body, read whole; null when it is over the largest any endpoint here takes. */
    private static byte[] readBody(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            return null;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (InputStream in = request.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                body.write(buffer, 0, read);
                if (body.size() > MAX_BODY_BYTES) {
                    return null;
                }
            }
        }
        return body.toByteArray();
    }

    /** What makes two requests the same: method, path, query and body. */
    static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String query = request.getQueryString();
            sha256.update((request.getMethod() + ' ' + request.getRequestURI() + (query == null ? "" : "?" + query) + '\n')
                    .getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private void purgeNowAndThen(Instant now) {
        Instant last = lastPurge.get();
        if (now.isAfter(last.plus(PURGE_EVERY)) && lastPurge.compareAndSet(last, now)) {
            keys().purgeExpired(now);
        }
    }

    /** The node's store of keys, its answers encrypted with the node's column key; null while the node is not running. */
    private IdempotencyKeys keys() {
        IdempotencyKeys store = keys;
        if (store == null && runtime.isRunning()) {
            store = new JpaIdempotencyKeys(database, runtime.columns(), servingSince);
            keys = store;
        }
        return store;
    }
}
