package net.claimsnet.node.server;

import java.util.Objects;
import java.util.concurrent.ThreadFactory;

/**
 * Threads for the node's work that no person waits on as it runs (flow steps, P2P messages in and out,
 * timers, audit signing): made by the given factory, then set to {@link Thread#MIN_PRIORITY}, so that
 * when the CPU is saturated the desk's and the API's request threads, which stay at the normal
 * priority, are served first. A clerk's page must not queue behind a month-end batch of settlements.
 *
 * <p>Java priorities reach the operating system only with {@code -XX:ThreadPriorityPolicy=1}
 * (config/payara/domain-setup.asadmin.template maps the lowest to nice 10); without it they change
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
