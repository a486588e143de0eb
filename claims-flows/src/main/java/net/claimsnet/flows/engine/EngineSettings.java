package net.claimsnet.flows.engine;

import java.time.Duration;

/** How long a flow waits for a counterparty before resending, and how many times. */
public final class EngineSettings {

    /** The longest a flow waits before it resends. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(10);

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

    /** Doubles with each attempt, up to {@link #LONGEST_WAIT} (a wait without limit resends at least that often). */
    public Duration timeoutForAttempt(int attempt) {
        Duration doubled = receiveTimeout.multipliedBy(1L << Math.min(attempt, 16));
        return doubled.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : doubled;
    }
}
