package net.claimsnet.node.limits;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A {@link RateLimit} per caller (a user name, a peer's legal name): each caller has a bucket of its
 * own, so one caller over its limit slows no one else down. Buckets of callers who have been quiet long
 * enough to fill up again are forgotten once there are many, so that callers' names cannot fill memory.
 */
public final class RateLimiter {

    /** Buckets kept before the full (idle) ones are dropped. */
    static final int MAX_TRACKED = 10_000;

    private final RateLimit limit;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimit limit) {
        this(limit, System::nanoTime);
    }

    /** @param nanoClock a monotonic clock in nanoseconds (a test's manual one) */
    public RateLimiter(RateLimit limit, LongSupplier nanoClock) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    }

    public RateLimit limit() {
        return limit;
    }

    /**
     * Counts {@code count} requests (or messages) of the caller: {@link Duration#ZERO} when within its
     * limit, otherwise how long until they would be, and nothing is counted.
     */
    public Duration admit(String caller, int count) {
        long now = nanoClock.getAsLong();
        if (buckets.size() >= MAX_TRACKED) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        long wait = buckets.computeIfAbsent(caller, c -> new TokenBucket(limit, now)).take(count, now);
        return Duration.ofNanos(wait);
    }

    /** Callers with a bucket now (for tests). */
    int tracked() {
        return buckets.size();
    }

    /** Whole seconds to tell a caller to wait (HTTP's Retry-After): the wait rounded up, at least 1. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
