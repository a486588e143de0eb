package net.claimsnet.flows.transport.http;

import java.time.Duration;
import java.util.Objects;

/** How long the outbox waits before trying a message again: doubling from the first wait, capped. */
public final class Backoff {

    private final Duration first;
    private final Duration cap;

    public Backoff(Duration first, Duration cap) {
        this.first = Objects.requireNonNull(first, "first");
        this.cap = Objects.requireNonNull(cap, "cap");
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("The first retry delay must be positive, not " + first);
        }
        if (cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("The retry delay cap " + cap + " is shorter than the first delay " + first);
        }
    }

    /** The wait after the given number of failed attempts (1 = after the first failure). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 62) {
            return cap;
        }
        Duration delay = first.multipliedBy(1L << Math.min(doublings, 30));
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    public Duration first() {
        return first;
    }

    public Duration cap() {
        return cap;
    }
}
