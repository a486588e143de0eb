package net.claimsnet.storage.jpa;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** On H2, and how callers share a sync: one that began before a caller came cannot vouch for its commits. */
class H2DurableCommitsTest extends DurableCommitsContract {

    @Override
    TestDatabase createDatabase() {
        return new H2TestDatabase();
    }

    @Override
    boolean syncsAfterCommits() {
        return true;
    }

    @Test
    void callersQueuedBehindARunningSyncShareTheNextOne() throws Exception {
        durable.awaitDurable();
        int before = syncs();
        counting.holdEachTransaction(300);
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(callers.submit(durable::awaitDurable));
            }
            for (Future<?> call : calls) {
                call.get(20, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(syncs() - before).as("syncs for 8 callers, the first running while the others came").isBetween(1, 3);
    }

    @Test
    void aCallerThatCameWhileASyncRanWaitsForASyncOfItsOwn() throws Exception {
        durable.awaitDurable();
        int before = syncs();
        counting.holdEachTransaction(400);
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = callers.submit(durable::awaitDurable);
            assertThat(counting.transactionStarted().await(10, TimeUnit.SECONDS)).isTrue();
            // The first sync began before this caller's commits: it cannot vouch for them.
            Future<?> second = callers.submit(durable::awaitDurable);
            first.get(20, TimeUnit.SECONDS);
            second.get(20, TimeUnit.SECONDS);
        } finally {
            callers.shutdownNow();
        }

        assertThat(syncs() - before).isEqualTo(2);
    }

    /**
     * A node's threads are interrupted when it stops. Were the sync run on the caller's thread, an interrupt
     * during it would close H2's file channel and every later write would fail ("Could not sync file").
     */
    @Test
    void callersInterruptedWhileTheyWaitLeaveTheDatabaseWorking() throws Exception {
        for (int i = 0; i < 200; i++) {
            Thread caller = new Thread(() -> {
                try {
                    durable.awaitDurable();
                } catch (StorageException expected) {
                    // Interrupted while it waited: told that nothing is known to be on the disk.
                }
            });
            caller.start();
            Thread.sleep(0, ThreadLocalRandom.current().nextInt(1, 999_999));
            caller.interrupt();
            caller.join(10_000);
        }

        durable.awaitDurable();
        database.transactions().run(em -> em.createNativeQuery("create table interrupted_sync_check (id int)").executeUpdate());
        database.transactions().run(em -> em.createNativeQuery("drop table interrupted_sync_check").executeUpdate());
        durable.awaitDurable();
    }
}
