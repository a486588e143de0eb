package net.claimsnet.node;

import net.claimsnet.flows.engine.Scheduler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Timers that fire when the test moves the clock past them, in order: the deterministic network's timeouts. */
public final class ManualScheduler implements Scheduler {

    private final PriorityQueue<Timer> timers = new PriorityQueue<>(
            Comparator.comparing((Timer t) -> t.at).thenComparingLong(t -> t.order));
    private long order;

    @Override
    public synchronized Cancellable schedule(Instant at, Runnable task) {
        Timer timer = new Timer(at, order++, task);
        timers.add(timer);
        return () -> timer.cancelled = true;
    }

    /** Runs every timer due at the given time. */
    public void runDue(Instant now) {
        while (true) {
            List<Timer> due = new ArrayList<>();
            synchronized (this) {
                while (!timers.isEmpty() && !timers.peek().at.isAfter(now)) {
                    due.add(timers.poll());
                }
            }
            if (due.isEmpty()) {
                return;
            }
            for (Timer timer : due) {
                if (!timer.cancelled) {
                    timer.task.run();
                }
            }
        }
    }

    /** Timers still to fire (cancelled ones excluded). */
    public synchronized int pending() {
        return (int) timers.stream().filter(t -> !t.cancelled).count();
    }

    private static final class Timer {
        final Instant at;
        final long order;
        final Runnable task;
        volatile boolean cancelled;

        Timer(Instant at, long order, Runnable task) {
            this.at = at;
            this.order = order;
            this.task = task;
        }
    }
}
