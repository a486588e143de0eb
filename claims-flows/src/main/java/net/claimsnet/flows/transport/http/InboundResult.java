package net.claimsnet.flows.transport.http;

import java.time.Duration;
import java.util.Objects;

/** What the receiving node made of a P2P message, and the HTTP answer that says so. */
public final class InboundResult {

    /** The header a refusing node sets, naming the {@link Rejection}: a sender gives up only on a 4xx that carries it. */
    public static final String REJECTION_HEADER = "X-ClaimsNet-Rejection";

    /** Why a message was not accepted. */
    public enum Rejection {
        /** Not a P2P message, or not a well-formed one: 400. */
        MALFORMED(400),
        /** The sender is not on the signed network map: 403. */
        UNKNOWN_SENDER(403),
        /** The signature is not the named sender's over these bytes (tampered, or another key): 403. */
        BAD_SIGNATURE(403),
        /**
         * Over mutual TLS, the peer presented no certificate, or one whose subject is not the message's
         * sender (a node passing on what another signed): 403.
         */
        PEER_NOT_AUTHENTICATED(403),
        /** The message is for another node: 404. */
        WRONG_RECIPIENT(404),
        /** Larger than this node takes: 413. */
        TOO_LARGE(413),
        /** The sender is over its rate limit; it retries, after the Retry-After the answer gives: 429. */
        RATE_LIMITED(429),
        /** The node is not running (starting or stopping), or its P2P threads are all busy; the sender retries: 503. */
        UNAVAILABLE(503);

        private final int httpStatus;

        Rejection(int httpStatus) {
            this.httpStatus = httpStatus;
        }

        public int httpStatus() {
            return httpStatus;
        }
    }

    private final Rejection rejection;
    private final String reason;
    private final boolean duplicate;
    private final boolean batch;
    private final Duration retryAfter;

    private InboundResult(Rejection rejection, String reason, boolean duplicate) {
        this(rejection, reason, duplicate, false, null);
    }

    private InboundResult(Rejection rejection, String reason, boolean duplicate, boolean batch, Duration retryAfter) {
        this.rejection = rejection;
        this.reason = reason;
        this.duplicate = duplicate;
        this.batch = batch;
        this.retryAfter = retryAfter;
    }

    /** A batch read message by message; the answer ({@link MessageBatch}) names those refused. */
    static InboundResult batchAnswered(String answer) {
        return new InboundResult(null, answer, false, true, null);
    }

    /** The sender is over its rate limit: nothing was recorded; it may try again after {@code wait}. */
    static InboundResult rateLimited(String reason, Duration wait) {
        return new InboundResult(Rejection.RATE_LIMITED, Objects.requireNonNull(reason), false, false, Objects.requireNonNull(wait));
    }

    static InboundResult accepted() {
        return new InboundResult(null, "accepted", false);
    }

    static InboundResult acceptedAgain() {
        return new InboundResult(null, "received before; acknowledged again", true);
    }

    static InboundResult rejected(Rejection rejection, String reason) {
        return new InboundResult(Objects.requireNonNull(rejection), Objects.requireNonNull(reason), false);
    }

    public boolean isAccepted() {
        return rejection == null;
    }

    /** Accepted because its id was received before: acknowledged, not handed to the flow engine again. */
    public boolean isDuplicate() {
        return duplicate;
    }

    /** Why it was refused; null when accepted. */
    public Rejection rejection() {
        return rejection;
    }

    /** How long the sender should wait before it tries again (Retry-After); null when it need not wait. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** What to tell the sender (ids and names only, never payload); for a batch, its answer. */
    public String reason() {
        return reason;
    }

    /** 202 when accepted (also again), 200 for a batch's answer, otherwise the rejection's status. */
    public int httpStatus() {
        return rejection == null ? (batch ? 200 : 202) : rejection.httpStatus();
    }

    @Override
    public String toString() {
        return httpStatus() + (rejection == null ? "" : " " + rejection) + ": " + reason;
    }
}
