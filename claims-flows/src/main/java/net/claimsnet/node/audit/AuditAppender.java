package net.claimsnet.node.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one writer of a node's audit chain. Request threads hand it their events and wait; its thread
 * takes everything that arrived while the previous commit ran, numbers and chains those rows, and
 * writes them in one transaction (group commit): a busy node pays one commit for many requests' rows,
 * and each caller returns only once its rows are committed. Being the only writer is what keeps the
 * numbers without gaps and each row linked to the one before it, however many threads record at once
 * (a node is one process over its database).
 */
public final class AuditAppender implements AutoCloseable {

    /** What the appender tells after each commit, and when it has had nothing to write for a while. */
    public interface Listener {
        void committed(ChainHead head);

        void idle(ChainHead head);
    }

    private static final Logger LOG = Logger.getLogger(AuditAppender.class.getName());
    /** The most rows one transaction writes; more wait for the next one, a moment later. */
    static final int MAX_BATCH_ROWS = 2_000;
    private static final Duration IDLE_TICK = Duration.ofSeconds(1);
    /** How long a caller waits for its commit before it gives up (the database is stuck). */
    private static final Duration COMMIT_WAIT = Duration.ofSeconds(60);

    private final AuditChainStore store;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile Listener listener;
    private volatile boolean closed;
    /** Only the appender's thread reads and moves it. */
    private ChainHead head;

    public AuditAppender(AuditChainStore store, ThreadFactory threads) {
        this.store = Objects.requireNonNull(store, "store");
        long adopted = store.chainRowsFromBeforeTheChain();
        if (adopted > 0) {
            LOG.info(() -> adopted + " audit rows written before the log was chained are now its first rows");
        }
        this.head = store.head();
        this.thread = threads.newThread(this::run);
        thread.setDaemon(true);
        thread.start();
    }

    /** Who is told about commits (the head signer); set once the node's key is known. */
    public void listener(Listener listener) {
        this.listener = listener;
    }

    /**
     * Writes the events as the next rows of the chain, in the order given, and returns once they are
     * committed.
     *
     * @throws AuditLogException if they could not be written (nothing of them is then)
     */
    public void append(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        if (closed) {
            throw new AuditLogException("The audit log is closed");
        }
        Pending pending = new Pending(List.copyOf(events));
        queue.add(pending);
        if (closed) {
            failLeftovers(); // closed while this was queued: the thread may not take it any more
        }
        try {
            pending.committed.get(COMMIT_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AuditLogException("The audit log could not be written: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new AuditLogException("The audit log was not written within " + COMMIT_WAIT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditLogException("Interrupted while the audit log was being written");
        }
    }

    private void run() {
        while (!closed) {
            Pending first;
            try {
                first = queue.poll(IDLE_TICK.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                break;
            }
            if (first == null) {
                tell(l -> l.idle(head));
                continue;
            }
            List<Pending> batch = new ArrayList<>();
            batch.add(first);
            int rows = first.events.size();
            Pending next;
            while (rows < MAX_BATCH_ROWS && (next = queue.poll()) != null) {
                batch.add(next);
                rows += next.events.size();
            }
            write(batch, rows);
        }
        failLeftovers();
    }

    private void failLeftovers() {
        AuditLogException stopped = new AuditLogException("The audit log was closed before these rows were written");
        for (Pending left; (left = queue.poll()) != null; ) {
            left.committed.completeExceptionally(stopped);
        }
    }

    private void write(List<Pending> batch, int size) {
        List<AuditRow> rows = new ArrayList<>(size);
        ChainHead last = head;
        for (Pending pending : batch) {
            for (AuditEvent event : pending.events) {
                AuditRow row = AuditRow.after(last, event);
                rows.add(row);
                last = row.head();
            }
        }
        try {
            store.append(rows);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.SEVERE, "Audit rows " + rows.get(0).seq() + " to " + last.seq() + " were not written", e);
            batch.forEach(p -> p.committed.completeExceptionally(e));
            head = headAfterFailure();
            return;
        }
        head = last;
        batch.forEach(p -> p.committed.complete(null));
        tell(l -> l.committed(head));
    }

    /** The transaction rolled back: the chain goes on from what the database has. */
    private ChainHead headAfterFailure() {
        try {
            return store.head();
        } catch (RuntimeException e) {
            return head;
        }
    }

    private void tell(java.util.function.Consumer<Listener> call) {
        Listener current = listener;
        if (current == null) {
            return;
        }
        try {
            call.accept(current);
        } catch (RuntimeException e) {
            // Signing or sending a head failed: the rows are written, the next head covers them.
            LOG.log(Level.WARNING, "The audit chain's head was not signed or sent: " + e.getMessage(), e);
        }
    }

    /** Stops the thread once it has written what it is writing; rows not taken yet are refused. */
    @Override
    public void close() {
        closed = true;
        // No interrupt: an interrupted thread inside H2 closes the database file under everyone.
        try {
            thread.join(IDLE_TICK.toMillis() + TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        failLeftovers();
    }

    private static final class Pending {
        private final List<AuditEvent> events;
        private final CompletableFuture<Void> committed = new CompletableFuture<>();

        Pending(List<AuditEvent> events) {
            this.events = events;
        }
    }
}
