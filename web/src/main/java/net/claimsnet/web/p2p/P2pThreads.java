package net.claimsnet.web.p2p;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import net.claimsnet.node.server.LowPriorityThreads;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that read and take in peers' messages, apart from the request threads the desk and the
 * API use: {@value #THREADS} of them with room for {@value #QUEUED} requests waiting (each sending node
 * has one request in flight at a time, so a network of a few dozen nodes never fills it). Full: the
 * request is refused at once (503, the sender retries) instead of piling up. The threads are the
 * server's (a ManagedThreadFactory), so the node's stores can open their JTA transactions on them, at
 * the lowest priority ({@link LowPriorityThreads}): a desk page goes before a peer's message.
 */
@ApplicationScoped
public class P2pThreads {

    static final int THREADS = 8;
    static final int QUEUED = 64;

    @Resource
    private ManagedThreadFactory threadFactory;

    private ThreadPoolExecutor pool;

    @PostConstruct
    void start() {
        pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED),
                new LowPriorityThreads(threadFactory),
                new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** Runs the task on a P2P thread; refused with {@link RejectedExecutionException} when all are busy and the queue full. */
    public void execute(Runnable task) {
        pool.execute(task);
    }
}
