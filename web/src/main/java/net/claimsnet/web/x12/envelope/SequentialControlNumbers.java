package net.claimsnet.web.x12.envelope;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Control numbers from one counter, started from the clock's seconds within a ~31-year cycle, so
 * that a restarted node does not hand out the numbers of its last run again (it would have to
 * issue more than one number per second for years to catch up with itself).
 */
public final class SequentialControlNumbers implements ControlNumbers {

    static final long MAX = 999_999_999L;

    private final AtomicLong last;

    public SequentialControlNumbers(Clock clock) {
        this.last = new AtomicLong(clock.instant().getEpochSecond() % MAX);
    }

    /** Starting after a given number (tests, or a value read back from storage). */
    public static SequentialControlNumbers after(long previous) {
        SequentialControlNumbers numbers = new SequentialControlNumbers(Clock.systemUTC());
        numbers.last.set(previous % MAX);
        return numbers;
    }

    @Override
    public long nextInterchange() {
        return next();
    }

    @Override
    public long nextGroup() {
        return next();
    }

    private long next() {
        return last.updateAndGet(n -> n >= MAX ? 1 : n + 1);
    }
}
