package net.claimsnet.node.limits;

/**
 * One caller's bucket: holds at most {@code burst} tokens, refilled continuously at {@code perSecond};
 * a request takes its tokens or, when too few are left, is told how long until they would be there.
 * Times are nanoseconds from a monotonic clock ({@link System#nanoTime()} in the server).
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1e9;

    private final RateLimit limit;
    private double tokens;
    private long refilledAt;

    TokenBucket(RateLimit limit, long now) {
        this.limit = limit;
        this.tokens = limit.burst();
        this.refilledAt = now;
    }

    /**
     * Takes {@code count} tokens if there are that many: 0. Otherwise nothing is taken and the answer
     * is the nanoseconds until there would be (a request larger than the burst waits for a full bucket).
     */
    synchronized long take(int count, long now) {
        refill(now);
        double wanted = Math.min(count, limit.burst());
        if (tokens >= wanted) {
            tokens -= wanted;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((wanted - tokens) / limit.perSecond() * NANOS_PER_SECOND));
    }

    /** Whether the bucket has been full since {@code now}: its caller has been quiet, and it can be forgotten. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= limit.burst();
    }

    private void refill(long now) {
        long elapsed = now - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(limit.burst(), tokens + elapsed / NANOS_PER_SECOND * limit.perSecond());
            refilledAt = now;
        }
    }
}
