package net.claimsnet.web.desk.jobs;

import java.io.Serializable;

/**
 * What became of one item of a batch: done (with what was done) or refused (with why), in the batch's
 * order. A job may name the outcome more finely than done or refused ({@link #getOutcome}, e.g.
 * "Already covered") and point to what the item made or met ({@link #getReference}, e.g. a coverage id).
 */
public final class BatchItemResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int position;
    private final String key;
    private final String label;
    private final boolean done;
    private final String outcome;
    private final String detail;
    private final String reference;

    BatchItemResult(int position, String key, String label, BatchJob.Outcome outcome) {
        this.position = position;
        this.key = key;
        this.label = label;
        this.done = outcome.isDone();
        this.outcome = outcome.getLabel();
        this.detail = outcome.getDetail();
        this.reference = outcome.getReference();
    }

    /** 1 for the batch's first item. */
    public int getPosition() {
        return position;
    }

    /** What the item is known by to the system (e.g. a claim's ledger id, a file's line number), for links. */
    public String getKey() {
        return key;
    }

    /** What a person knows the item by (e.g. the provider's claim id, the member id). */
    public String getLabel() {
        return label;
    }

    public boolean isDone() {
        return done;
    }

    /** The outcome in the job's own words (e.g. "Already covered"); null when done or refused says it all. */
    public String getOutcome() {
        return outcome;
    }

    /** What was done, or why it was refused, in words; may be null when the outcome says it all. */
    public String getDetail() {
        return detail;
    }

    /** What the item made or met (e.g. a coverage id); null when nothing. */
    public String getReference() {
        return reference;
    }

    @Override
    public String toString() {
        return position + " " + (done ? "done" : "refused") + (outcome == null ? "" : " (" + outcome + ")")
                + (detail == null ? "" : ": " + detail);
    }
}
