package net.claimsnet.web.e2e;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for the network by polling, never for a fixed time: a step that takes a second on a quiet
 * machine can take a minute on two busy cores, so each wait is generous and ends as soon as it can.
 */
final class Await {

    private static final long POLL_MILLIS = 250;

    private Await() {
    }

    /**
     * Probes until {@code done} accepts what the probe returns, and returns that; fails after the
     * timeout with what the last probe saw (a probe that throws counts as not done yet).
     */
    static <T> T until(String what, Duration timeout, Supplier<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Object last = "nothing yet";
        while (true) {
            try {
                T value = probe.get();
                if (done.test(value)) {
                    return value;
                }
                last = value;
            } catch (RuntimeException | AssertionError e) {
                last = e.toString();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Waited " + timeout.toSeconds() + " s for " + what + "; last seen: " + last);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
