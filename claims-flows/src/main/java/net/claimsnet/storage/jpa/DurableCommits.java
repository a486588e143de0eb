package net.claimsnet.storage.jpa;

import org.hibernate.Session;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Makes the commits made so far survive the death of the node's process and of its machine, before the node
 * tells a peer what they hold: a message it sends, an acknowledgement of one it took in. A node that told and
 * then lost what it told is worse than one that never told: a notary that signed a commit and lost it lets the
 * same state be spent again, and a peer that acknowledged a message and lost it leaves its sender waiting.
 *
 * <p>PostgreSQL makes each commit durable before it returns ({@code synchronous_commit}, on unless an operator
 * turns it off): nothing to do. H2 writes each commit to its file as it returns ({@code WRITE_DELAY=0}) and
 * leaves it to the operating system when that reaches the disk; and a notary killed under load lost about
 * 2.5 s of commits it had acknowledged (issue 17's chaos runs). Here H2 is asked to write out what it holds
 * and sync its file ({@code CHECKPOINT SYNC}, which needs the database's admin user: the nodes' {@code sa}).
 *
 * <p>Callers that arrive while a sync runs are served together by the next one (a group commit): a caller
 * takes a ticket after its own commit returned, and a sync covers every ticket taken before it began. So a
 * node syncs once per burst, not once per message. The syncs run on a thread of their own (see
 * {@link #newSyncThread()}).
 */
public final class DurableCommits {

    private static final String H2_SYNC = "checkpoint sync";

    private final DatabaseTransactions database;
    private final ThreadPoolExecutor syncThread = newSyncThread();
    private volatile Boolean onH2;
    private long ticketsTaken;
    private long ticketsServed;

    public DurableCommits(DatabaseTransactions database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Returns once every commit that returned before this call is on the disk. Not from inside a transaction.
     * Throws {@link StorageException} if the sync failed or the caller was interrupted while it waited: then
     * nothing is known to be on the disk, and the caller must not tell anyone it is.
     */
    public void awaitDurable() {
        if (!onH2()) {
            return;
        }
        long ticket;
        synchronized (this) {
            ticket = ++ticketsTaken;
        }
        Future<?> sync = syncThread.submit(() -> syncCovering(ticket));
        try {
            sync.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while the database file was synced: its last commits may not be on the disk yet", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new StorageException("The database file could not be synced: " + cause, cause);
        }
    }

    /** On the sync thread, one at a time: a sync unless one that began after this ticket was taken already ran. */
    private void syncCovering(long ticket) {
        long covered;
        synchronized (this) {
            if (ticketsServed >= ticket) {
                return;
            }
            covered = ticketsTaken;
        }
        database.run(em -> em.createNativeQuery(H2_SYNC).executeUpdate());
        synchronized (this) {
            ticketsServed = covered;
        }
    }

    /**
     * The thread syncs run on: one, so syncs queue and share; nobody else's, so nobody interrupts it. H2 reads
     * and writes its file through an interruptible channel, which the JDK closes when the thread using it is
     * interrupted; the database then fails every later write ("Could not sync file") until it is reopened. A
     * node's threads are interrupted when it stops (executors shut down), and a sync is the slowest write there is.
     * Started when needed, gone after a minute without syncs.
     */
    private static ThreadPoolExecutor newSyncThread() {
        ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "claimsnet-h2-sync");
            thread.setDaemon(true);
            // Not the low priority of the flow or P2P thread that happens to start it: a sync is short, and every
            // commit waiting to be durable (all the node's outbox and inbox writes) waits for it.
            thread.setPriority(Thread.NORM_PRIORITY);
            return thread;
        });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    private boolean onH2() {
        Boolean known = onH2;
        if (known == null) {
            known = database.inTransaction(em -> em.unwrap(Session.class)
                    .doReturningWork(connection -> connection.getMetaData().getURL().startsWith("jdbc:h2:")));
            onH2 = known;
        }
        return known;
    }
}
