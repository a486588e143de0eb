package net.claimsnet.node.audit;

import java.time.Duration;

/**
 * How often a node signs its audit chain's head: after {@code rowsPerHead} new rows, or after
 * {@code headInterval} if any row came since the last head. Between two heads, rows are protected by
 * the chain alone: an intruder could rewrite them and their hashes unseen until the next head.
 */
public record AuditSettings(int rowsPerHead, Duration headInterval) {

    public static final int DEFAULT_ROWS_PER_HEAD = 1_000;
    public static final Duration DEFAULT_HEAD_INTERVAL = Duration.ofMinutes(1);

    public AuditSettings {
        if (rowsPerHead < 1) {
            throw new IllegalArgumentException("audit.head.rows must be at least 1; was " + rowsPerHead);
        }
        if (headInterval.isNegative() || headInterval.isZero()) {
            throw new IllegalArgumentException("audit.head.minutes must be more than 0; was " + headInterval);
        }
    }

    public static AuditSettings defaults() {
        return new AuditSettings(DEFAULT_ROWS_PER_HEAD, DEFAULT_HEAD_INTERVAL);
    }
}
