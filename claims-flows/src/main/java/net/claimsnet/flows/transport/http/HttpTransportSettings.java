package net.claimsnet.flows.transport.http;

import java.time.Duration;

/** Timeouts, retry delays and the message size limit of P2P over HTTP. */
public final class HttpTransportSettings {

    /**
     * The largest P2P request body a node takes, and so the largest a sender makes (4 MiB): a batch is cut
     * below it by the sender ({@link OutboxDispatcher}) and a back-chain fetch asks for at most
     * {@link net.claimsnet.flows.resolution.BackChainResolution#MAX_FETCH_IDS} transactions at a time, so legitimate traffic never comes near it.
     */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Backoff backoff;
    private final int maxMessageBytes;

    public HttpTransportSettings(Duration connectTimeout, Duration requestTimeout, Backoff backoff, int maxMessageBytes) {
        if (maxMessageBytes <= 0) {
            throw new IllegalArgumentException("The message size limit must be positive, not " + maxMessageBytes);
        }
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.backoff = backoff;
        this.maxMessageBytes = maxMessageBytes;
    }

    /**
     * Connect in 5 s, an answer in 30 s; retries after 0.5 s doubling to at most 60 s; request bodies up
     * to {@link #DEFAULT_MAX_MESSAGE_BYTES}.
     */
    public static HttpTransportSettings defaults() {
        return new HttpTransportSettings(Duration.ofSeconds(5), Duration.ofSeconds(30),
                new Backoff(Duration.ofMillis(500), Duration.ofSeconds(60)), DEFAULT_MAX_MESSAGE_BYTES);
    }

    public HttpTransportSettings withBackoff(Backoff otherBackoff) {
        return new HttpTransportSettings(connectTimeout, requestTimeout, otherBackoff, maxMessageBytes);
    }

    public HttpTransportSettings withMaxMessageBytes(int otherMax) {
        return new HttpTransportSettings(connectTimeout, requestTimeout, backoff, otherMax);
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public Backoff backoff() {
        return backoff;
    }

    public int maxMessageBytes() {
        return maxMessageBytes;
    }
}
