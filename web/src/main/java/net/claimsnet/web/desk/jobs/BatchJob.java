package net.claimsnet.web.desk.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bookkeeping of one batch: how far it is and what became of each item, in the items' order. The
 * batch runs on a background thread ({@link #run}, started by {@link BatchJobs#start}) while request
 * threads read its progress. One item failing never stops the others, unless its work says the job
 * cannot go on ({@link StopJob}); then, as when the server refuses to run the job at all
 * ({@link #stop}), every item not done is recorded as refused, so that the result accounts for all.
 *
 * <p>Some items may have their result known before the run (e.g. a file's lines refused by a check):
 * they are recorded in their place, without work.
 *
 * @param <T> what the batch works on (e.g. a claim to pay)
 */
public final class BatchJob<T> {

    private static final Logger LOG = Logger.getLogger(BatchJob.class.getName());

    /** The work on one item: says what it did, or answers a refusal, or throws {@link StopJob}. */
    @FunctionalInterface
    public interface ItemWork<T> {
        Outcome apply(T item);
    }

    /** What the work on one item came to. */
    public static final class Outcome {
        private final boolean done;
        private final String detail;
        private final String label;
        private final String reference;

        private Outcome(boolean done, String detail, String label, String reference) {
            this.done = done;
            this.detail = detail;
            this.label = label;
            this.reference = reference;
        }

        public static Outcome done(String whatWasDone) {
            return new Outcome(true, whatWasDone, null, null);
        }

        public static Outcome refused(String why) {
            return new Outcome(false, why, null, null);
        }

        /** The same outcome named in the job's own words (e.g. "Already covered"), which the job counts. */
        public Outcome labelled(String outcomeLabel) {
            return new Outcome(done, detail, outcomeLabel, reference);
        }

        /** The same outcome pointing to what the item made or met (e.g. a coverage id). */
        public Outcome withReference(String itemReference) {
            return new Outcome(done, detail, label, itemReference);
        }

        boolean isDone() {
            return done;
        }

        public String getDetail() {
            return detail;
        }

        public String getLabel() {
            return label;
        }

        String getReference() {
            return reference;
        }
    }

    /**
     * Thrown by an item's work when the job cannot go on (the node stopped answering): that item and
     * every later one without a known result are refused with {@code itemReason}, and the job ends
     * stopped, saying {@code jobReason}. The messages are shown as they are: no personal data.
     */
    public static final class StopJob extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String itemReason;

        public StopJob(String jobReason, String itemReason) {
            super(Objects.requireNonNull(jobReason, "jobReason"));
            this.itemReason = Objects.requireNonNull(itemReason, "itemReason");
        }
    }

    private final String id = UUID.randomUUID().toString();
    private final String kind;
    private final String owner;
    private final String title;
    private final List<T> items;
    private final Function<T, String> keyOf;
    private final Function<T, String> labelOf;
    private final Function<T, Outcome> known;
    private final Clock clock;
    private final Instant created;
    /** Written in order, once each, under this job's lock; a read sees a prefix that never changes again. */
    private final BatchItemResult[] results;
    private int processed;
    private int doneCount;
    private final Map<String, Integer> byOutcome = new HashMap<>();
    private Instant started;
    private Instant finished;
    private String stopReason;

    /**
     * @param kind    what sort of batch it is (e.g. "payment"), for the pages that list one sort
     * @param owner   the user who started it
     * @param keyOf   what the system knows an item by (e.g. a ledger id)
     * @param labelOf what a person knows an item by
     */
    public BatchJob(String kind, String owner, String title, List<T> items, Function<T, String> keyOf,
                    Function<T, String> labelOf, Clock clock) {
        this(kind, owner, title, items, keyOf, labelOf, item -> null, clock);
    }

    /**
     * @param known an item's result known before the run (the item is then not worked on), or null
     */
    public BatchJob(String kind, String owner, String title, List<T> items, Function<T, String> keyOf,
                    Function<T, String> labelOf, Function<T, Outcome> known, Clock clock) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.title = Objects.requireNonNull(title, "title");
        this.items = List.copyOf(items);
        this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
        this.labelOf = Objects.requireNonNull(labelOf, "labelOf");
        this.known = Objects.requireNonNull(known, "known");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.created = clock.instant();
        this.results = new BatchItemResult[this.items.size()];
    }

    /**
     * Works through every item in order, recording each outcome as it comes. An unexpected failure of
     * one item is recorded as refused ("failed unexpectedly") and logged without the item's data, so
     * that the batch still ends and its page still shows every other item.
     */
    public void run(ItemWork<T> work) {
        synchronized (this) {
            if (started != null || finished != null) {
                throw new IllegalStateException("Batch " + id + " has run already");
            }
            started = clock.instant();
        }
        try {
            for (int i = 0; i < items.size(); i++) {
                T item = items.get(i);
                Outcome outcome = known.apply(item);
                if (outcome == null) {
                    try {
                        outcome = Objects.requireNonNull(work.apply(item), "outcome");
                    } catch (StopJob stop) {
                        int position = i + 1;
                        LOG.log(Level.WARNING, () -> "Batch " + id + " stopped at item " + position + ": " + stop.getMessage());
                        stop("Stopped after " + i + " of " + items.size() + ": " + stop.getMessage(), stop.itemReason);
                        return;
                    } catch (RuntimeException e) {
                        // The runner is the last place this can be caught: without it the batch would stop
                        // half-way with the rest of its items neither done nor reported.
                        LOG.log(Level.WARNING, "Batch " + id + ": item " + (i + 1) + " failed unexpectedly ("
                                + e.getClass().getName() + ")", e);
                        outcome = Outcome.refused("Failed unexpectedly; the node's log has the details (batch " + id
                                + ", item " + (i + 1) + ")");
                    }
                }
                record(item, outcome);
            }
        } finally {
            synchronized (this) {
                if (finished == null) {
                    finished = clock.instant();
                }
            }
        }
    }

    /**
     * Ends the job without doing the rest: every item not processed yet is recorded as refused with
     * {@code itemReason} (or its known result), and the job says {@code jobReason}. For a job the
     * server would not run, or one whose work cannot go on. Nothing happens to a job that ended.
     */
    public synchronized void stop(String jobReason, String itemReason) {
        if (finished != null) {
            return;
        }
        for (int i = processed; i < items.size(); i++) {
            T item = items.get(i);
            Outcome outcome = known.apply(item);
            record(item, outcome != null ? outcome : Outcome.refused(itemReason));
        }
        stopReason = jobReason;
        finished = clock.instant();
    }

    private synchronized void record(T item, Outcome outcome) {
        results[processed] = new BatchItemResult(processed + 1, keyOf.apply(item), labelOf.apply(item), outcome);
        processed++;
        if (outcome.isDone()) {
            doneCount++;
        }
        if (outcome.getLabel() != null) {
            byOutcome.merge(outcome.getLabel(), 1, Integer::sum);
        }
    }

    public String getId() {
        return id;
    }

    public String getKind() {
        return kind;
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
        return processed;
    }

    /** 0 to 100: the share of the items processed (100 once it ended, even when it had no item). */
    public synchronized int getProgress() {
        if (finished != null || items.isEmpty()) {
            return finished != null ? 100 : 0;
        }
        return processed * 100 / items.size();
    }

    public synchronized boolean isStarted() {
        return started != null;
    }

    public synchronized boolean isFinished() {
        return finished != null;
    }

    /** It ended before its work was done (the server refused it, or its work could not go on). */
    public synchronized boolean isStopped() {
        return stopReason != null;
    }

    /** Why the job ended early, in words; null when it did not. */
    public synchronized String getStopReason() {
        return stopReason;
    }

    public synchronized long getDoneCount() {
        return doneCount;
    }

    public synchronized long getRefusedCount() {
        return processed - doneCount;
    }

    /** How many results the job's work named with that outcome (e.g. "Already covered"). */
    public synchronized long count(String outcomeLabel) {
        return byOutcome.getOrDefault(outcomeLabel, 0);
    }

    /**
     * The results so far, in the batch's order: a read-only view of those recorded when asked, not a
     * copy (a page that polls a 5,000-item batch every second reads it often).
     */
    public synchronized List<BatchItemResult> getResults() {
        return new Prefix(results, processed);
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

    /** The first {@code size} results, which are never written again once recorded. */
    private static final class Prefix extends AbstractList<BatchItemResult> implements RandomAccess {
        private final BatchItemResult[] results;
        private final int size;

        Prefix(BatchItemResult[] results, int size) {
            this.results = results;
            this.size = size;
        }

        @Override
        public BatchItemResult get(int index) {
            Objects.checkIndex(index, size);
            return results[index];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
