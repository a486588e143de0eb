package net.claimsnet.node.server;

import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LowPriorityThreadsTest {

    @Test
    void threads_come_from_the_given_factory_at_the_lowest_priority() throws Exception {
        AtomicInteger made = new AtomicInteger();
        ThreadFactory container = task -> {
            Thread thread = new Thread(task, "container-" + made.incrementAndGet());
            thread.setPriority(Thread.NORM_PRIORITY);
            return thread;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2, new LowPriorityThreads(container));
        try {
            int priority = pool.submit(() -> Thread.currentThread().getPriority()).get(10, TimeUnit.SECONDS);
            String name = pool.submit(() -> Thread.currentThread().getName()).get(10, TimeUnit.SECONDS);

            assertThat(priority).isEqualTo(Thread.MIN_PRIORITY);
            assertThat(name).startsWith("container-");
            assertThat(made.get()).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_factory_that_refuses_a_thread_is_passed_through() {
        assertThat(new LowPriorityThreads(task -> null).newThread(() -> { })).isNull();
    }
}
