package net.claimsnet.flows.consent;

import net.corda.core.contracts.TimeWindow;

import java.time.Duration;
import java.time.Instant;

/** The time window of a consent's or a withdrawal's transaction, around the time it records (as an access grant's). */
final class ConsentTimes {

    /** How far the notary's clock may be behind the insurer's. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(1);
    /** How long the notary has to sign; a notary down longer fails the flow, and the insurer records it again. */
    static final Duration NOTARISATION_WINDOW = Duration.ofMinutes(10);

    private ConsentTimes() {
    }

    static TimeWindow around(Instant recorded) {
        return TimeWindow.between(recorded.minus(CLOCK_TOLERANCE), recorded.plus(NOTARISATION_WINDOW));
    }
}
