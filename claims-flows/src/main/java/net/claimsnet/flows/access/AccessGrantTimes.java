package net.claimsnet.flows.access;

import net.corda.core.contracts.TimeWindow;

import java.time.Duration;
import java.time.Instant;

/** The time window of a grant's or a revocation's transaction, around the time it records. */
final class AccessGrantTimes {

    /** How far the notary's clock may be behind the insurer's. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);
    /** How long the notary has to sign; a notary down longer fails the flow, and the insurer asks again. */
    static final Duration NOTARISATION_WINDOW = Duration.ofMinutes(10);

    private AccessGrantTimes() {
    }

    static TimeWindow around(Instant recorded) {
        return TimeWindow.between(recorded.minus(CLOCK_TOLERANCE), recorded.plus(NOTARISATION_WINDOW));
    }
}
