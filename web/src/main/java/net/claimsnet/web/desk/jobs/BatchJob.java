package net.claimsnet.web.desk.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bookkeeping of one batch: how far it is and what became of each item. The batch runs on a
 * background thread ({@link #run}) while request threads read its progress, so every read is a
 * consistent copy. One item failing never stops the others.
 *
 * @param <T> what the batch works on (e.g. a claim to pay)
 */
public final class BatchJob<T> {

    private static final Logger LOG = Logger.getLogger(BatchJob.class.getName());

    /** The work on one item: says what it did, or throws / answers a refusal. */
    @FunctionalInterface
    public interface ItemWork<T> {
        Outcome apply(T item);
    }

    /** What the work on one item came to. */
    public static final class Outcome {
        private final boolean done;
        private final String detail;

        private Outcome(boolean done, String detail) {
            this.done = done;
            this.detail = detail;
        }

        public static Outcome done(String whatWasDone) {
            return new Outcome(true, whatWasDone);
        }

        public static Outcome refused(String why) {
            return new Outcome(false, why);
        }
    }

    private final String id = UUID.randomUUID().toString();
    private final String owner;
    private final String title;
    private final List<T> items;
    private final Function<T, String> keyOf;
    private final Function<T, String> labelOf;
    private final Clock clock;
    private final Instant created;
    private final List<BatchItemResult> results = new ArrayList<>();
    private Instant started;
    private Instant finished;

    /**
     * @param owner   the user who started it: only they see it
     * @param keyOf   what the system knows an item by (e.g. a ledger id)
     * @param labelOf what a person knows an item by
     */
    public BatchJob(String owner, String title, List<T> items, Function<T, String> keyOf, Function<T, String> labelOf,
                    Clock clock) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.title = Objects.requireNonNull(title, "title");
        this.items = List.copyOf(items);
        this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
        this.labelOf = Objects.requireNonNull(labelOf, "labelOf");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.created = clock.instant();
    }

    /**
     * Works through every item in order, recording each outcome as it comes. An unexpected failure of
     * one item is recorded as refused ("failed unexpectedly") and logged without the item's data, so
     * that the batch still ends and its page still shows every other item.
     */
    public void run(ItemWork<T> work) {
        synchronized (this) {
            if (started != null) {
                throw new IllegalStateException("Batch " + id + " has run already");
            }
            started = clock.instant();
        }
        try {
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                Outcome outcome;
                try {
                    outcome = Objects.requireNonNull(work.apply(item), "outcome");
                } catch (RuntimeException e) {
                    // The runner is the last place this can be caught: without it the batch would stop
                    // half-way with the rest of its items neither done nor reported.
                    LOG.log(Level.WARNING, "Batch " + id + ": item " + (i + 1) + " failed unexpectedly ("
                            + e.getClass().getName() + ")", e);
                    outcome = Outcome.refused("Failed unexpectedly; the node's log has the details (batch " + id
                            + ", item " + (i + 1) + ")");
                }
                record(new BatchItemResult(i + 1, keyOf.apply(item), labelOf.apply(item), outcome.done, outcome.detail));
            }
        } finally {
            synchronized (this) {
                finished = clock.instant();
            }
        }
    }

    private synchronized void record(BatchItemResult result) {
        results.add(result);
    }

    public String getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getTitle() {
        return title;
    }

    public int getTotal() {
        return items.size();
    }

    public synchronized int getProcessed() {
        return results.size();
    }

    /** 0 to 100: the share of the items processed (100 once it ended, even when it had no item). */
    public synchronized int getProgress() {
        if (finished != null || items.isEmpty()) {
            return finished != null ? 100 : 0;
        }
        return results.size() * 100 / items.size();
    }

    public synchronized boolean isStarted() {
        return started != null;
    }

    public synchronized boolean isFinished() {
        return finished != null;
    }

    public synchronized long getDoneCount() {
        return results.stream().filter(BatchItemResult::isDone).count();
    }

    public synchronized long getRefusedCount() {
        return results.stream().filter(r -> !r.isDone()).count();
    }

    /** The results so far, in the batch's order. */
    public synchronized List<BatchItemResult> getResults() {
        return List.copyOf(results);
    }

    public Instant getCreated() {
        return created;
    }

    public synchronized Instant getStarted() {
        return started;
    }

    public synchronized Instant getFinished() {
        return finished;
    }
}
