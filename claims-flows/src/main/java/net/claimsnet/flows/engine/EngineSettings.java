package net.claimsnet.flows.engine;

import java.time.Duration;

/** How long a flow waits for a counterparty before resending, and how many times. */
public final class EngineSettings {

    private final Duration receiveTimeout;
    private final int maxAttempts;

    public EngineSettings(Duration receiveTimeout, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A wait needs at least one attempt");
        }
        this.receiveTimeout = receiveTimeout;
        this.maxAttempts = maxAttempts;
    }

    public static EngineSettings defaults() {
        return new EngineSettings(Duration.ofSeconds(30), 4);
    }

    /** The first wait; each resend doubles it. */
    public Duration receiveTimeout() {
        return receiveTimeout;
    }

    /** Waits in all (the first and the resends) before the flow fails. */
    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration timeoutForAttempt(int attempt) {
        return receiveTimeout.multipliedBy(1L << Math.min(attempt, 16));
    }
}
