package net.claimsnet.node.limits;

/**
 * How fast one caller may go: {@code perSecond} on average, with up to {@code burst} at once after a
 * quiet spell (a bucket of {@code burst} tokens refilled at {@code perSecond}).
 */
public record RateLimit(double perSecond, long burst) {

    public RateLimit {
        if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("A rate limit's rate must be a positive number per second, not " + perSecond);
        }
        if (burst < 1) {
            throw new IllegalArgumentException("A rate limit's burst must be at least 1, not " + burst);
        }
    }

    /**
     * A desk or API user: 1,000 requests a second, bursts of 5,000. Far above any person, and above the
     * benchmarks' clients (./bench network polls each of its 32 claims in flight every 20-250 ms as one
     * user; ./bench desk reads ~100 pages a second as two), yet a single client looping on the API is
     * held to it.
     */
    public static final RateLimit USER_DEFAULT = new RateLimit(1_000, 5_000);

    /**
     * A peer node: 5,000 messages a second, bursts of 20,000 (a batch counts each of its messages). Above
     * the in-JVM flows benchmark's hundreds of claims a second, a dozen messages each between two nodes.
     */
    public static final RateLimit PEER_DEFAULT = new RateLimit(5_000, 20_000);

    @Override
    public String toString() {
        return perSecond + "/s, bursts of " + burst;
    }
}
