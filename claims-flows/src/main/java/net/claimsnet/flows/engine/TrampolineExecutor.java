package net.claimsnet.flows.engine;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;

/**
 * Runs tasks on the calling thread, one after another: a task submitted while another runs waits
 * for it instead of nesting. The deterministic network's executor (one thread, a reproducible order).
 */
public final class TrampolineExecutor implements Executor {

    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private boolean running;

    @Override
    public void execute(Runnable task) {
        queue.add(task);
        if (running) {
            return;
        }
        running = true;
        try {
            Runnable next;
            while ((next = queue.poll()) != null) {
                next.run();
            }
        } finally {
            running = false;
        }
    }
}
