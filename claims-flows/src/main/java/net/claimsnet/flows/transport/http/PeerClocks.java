package net.claimsnet.flows.transport.http;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each peer's clock is from this node's, read from the time a peer's P2P endpoint writes on
 * its answers ({@link #TIME_HEADER}): the peer's reading minus the middle of the round trip, give or
 * take half the round trip. The ledger depends on the clocks agreeing: a filing's time window opens
 * {@link #TOLERATED} before the provider's time, so a provider more than that ahead of the notary
 * has its filings refused. Health reports every offset and names the peers beyond the tolerance;
 * keeping the clocks right (NTP) is the operator's, this only makes a drift visible.
 */
public final class PeerClocks {

    /** The header on every answer of a P2P endpoint: its node's time, in milliseconds since the epoch. */
    public static final String TIME_HEADER = "ClaimsNet-Node-Time";
    /** The skew the flows tolerate: as much as a filing's time window opens before the provider's time. */
    public static final Duration TOLERATED = Duration.ofMinutes(1);
    /** A reading this old is replaced by the next one, however uncertain that is. */
    static final Duration FRESH_FOR = Duration.ofMinutes(5);

    /** One reading of a peer's clock. */
    public record Offset(Duration offset, Duration uncertainty, Instant observedAt) {

        /** Whether the peer's clock may be further from this node's than the flows tolerate. */
        public boolean beyondTolerance() {
            return offset.abs().compareTo(TOLERATED) > 0;
        }

        @Override
        public String toString() {
            return (offset.isNegative() ? "-" : "+") + offset.abs().toMillis() + " ms (±" + uncertainty.toMillis() + ")";
        }
    }

    private final Map<String, Offset> byAddress = new ConcurrentHashMap<>();

    /**
     * Records one round trip to the peer at an address: sent and answered by this node's clock, the
     * peer's time as its answer stated it.
     */
    public void observe(String address, Instant sent, Instant peerTime, Instant answered) {
        if (answered.isBefore(sent)) {
            return;
        }
        Duration halfTrip = Duration.between(sent, answered).dividedBy(2);
        Offset reading = new Offset(Duration.between(sent.plus(halfTrip), peerTime), halfTrip, answered);
        // The most certain of the fresh readings is kept: a slow answer says less about the clock.
        byAddress.merge(address, reading, (kept, fresh) -> kept.observedAt().plus(FRESH_FOR).isAfter(answered)
                && kept.uncertainty().compareTo(fresh.uncertainty()) < 0 ? kept : fresh);
    }

    /** Records a round trip whose answer carried {@link #TIME_HEADER}, if it did and it is a number. */
    void observe(String address, Instant sent, Optional<String> peerTimeHeader, Instant answered) {
        peerTimeHeader.flatMap(PeerClocks::millis).ifPresent(peerTime -> observe(address, sent, peerTime, answered));
    }

    /** The latest reading of each peer's clock, by the address the peer was reached at. */
    public Map<String, Offset> byAddress() {
        return new TreeMap<>(byAddress);
    }

    private static Optional<Instant> millis(String header) {
        try {
            return Optional.of(Instant.ofEpochMilli(Long.parseLong(header.trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
