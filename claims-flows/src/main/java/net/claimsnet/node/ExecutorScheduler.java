package net.claimsnet.node;

import net.claimsnet.flows.engine.Scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Timers on a scheduled executor, measured against the network's clock: the threaded network's timeouts. */
public final class ExecutorScheduler implements Scheduler {

    private final ScheduledExecutorService executor;
    private final Clock clock;

    public ExecutorScheduler(ScheduledExecutorService executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public Cancellable schedule(Instant at, Runnable task) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        ScheduledFuture<?> future = executor.schedule(task, delay, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }
}
