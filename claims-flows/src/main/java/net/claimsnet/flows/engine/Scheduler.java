package net.claimsnet.flows.engine;

import java.time.Instant;

/** Port: runs a task at a time (timeouts); a test's scheduler fires when the test moves its clock. */
public interface Scheduler {

    Cancellable schedule(Instant at, Runnable task);

    interface Cancellable {
        void cancel();
    }
}
