package net.claimsnet.storage.jpa;

import jakarta.persistence.EntityManager;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/** A node's transactions, counted; once a test asks, each is held for a while after it began. */
final class CountingTransactions implements DatabaseTransactions {

    private final DatabaseTransactions real;
    private final AtomicInteger transactions = new AtomicInteger();
    private volatile long holdMillis;
    private volatile CountDownLatch heldOneStarted = new CountDownLatch(1);

    CountingTransactions(DatabaseTransactions real) {
        this.real = real;
    }

    int count() {
        return transactions.get();
    }

    /** From now on, each transaction waits {@code millis} after it began. */
    void holdEachTransaction(long millis) {
        heldOneStarted = new CountDownLatch(1);
        holdMillis = millis;
    }

    /** Opens once a transaction held since {@link #holdEachTransaction(long)} has begun. */
    CountDownLatch transactionStarted() {
        return heldOneStarted;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        transactions.incrementAndGet();
        return real.inTransaction(em -> {
            hold();
            return work.apply(em);
        });
    }

    @Override
    public void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    @Override
    public void afterCommit(Runnable action) {
        real.afterCommit(action);
    }

    private void hold() {
        long millis = holdMillis;
        if (millis == 0) {
            return;
        }
        heldOneStarted.countDown();
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
