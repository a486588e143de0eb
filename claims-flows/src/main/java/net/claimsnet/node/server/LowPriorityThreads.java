package net.claimsnet.node.server;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;

/**
 * Threads for the node's work that no person waits on as it runs (flow steps, P2P messages in and out,
 * timers, re-encryption): made by the given factory, then set to {@link Thread#MIN_PRIORITY}, so that
 * when the CPU is saturated the desk's and the API's request threads, which stay at the normal
 * priority, are served first. A clerk's page must not queue behind a month-end batch of settlements.
 *
 * <p>Not for a thread that a request waits for: at nice 19 such a thread starves behind the requests
 * themselves (a priority inversion). The audit log's writer, whose commit each desk read waits for, and
 * H2's sync thread ({@code DurableCommits}) keep the normal priority; with the writer low, St. Mary's
 * desk pages took three times as long under load (docs/performance.md).
 *
 * <p>Java priorities reach the operating system only with {@code -XX:ThreadPriorityPolicy=1}
 * (config/payara/domain-setup.asadmin.template maps the lowest to nice 19); without it they change
 * nothing, which is what tests in one JVM see.
 */
public final class LowPriorityThreads implements ThreadFactory {

    private final ThreadFactory factory;

    public LowPriorityThreads(ThreadFactory factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread thread = factory.newThread(task);
        if (thread != null) {
            thread.setPriority(Thread.MIN_PRIORITY);
        }
        return thread;
    }
}
