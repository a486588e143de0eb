package net.claimsnet.flows.engine;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A flow's events (start, messages, timeouts, lock grants, operator actions), run one at a time on
 * the engine's executor: a flow is never run by two threads at once, while different flows run in
 * parallel. A turn runs a bounded number of events, so one busy flow cannot keep a thread from the others.
 */
final class Mailbox {

    private static final int MAX_EVENTS_PER_TURN = 32;

    private final FlowEngine engine;
    private final ConcurrentLinkedQueue<Runnable> events = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    Mailbox(FlowEngine engine) {
        this.engine = engine;
    }

    void post(Runnable event) {
        events.add(event);
        if (scheduled.compareAndSet(false, true)) {
            engine.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Runnable event;
            int count = 0;
            while (count++ < MAX_EVENTS_PER_TURN && (event = events.poll()) != null) {
                if (!engine.isStopped()) {
                    event.run();
                }
            }
        } finally {
            scheduled.set(false);
            if (!events.isEmpty() && scheduled.compareAndSet(false, true)) {
                engine.execute(this::drain);
            }
        }
    }
}
