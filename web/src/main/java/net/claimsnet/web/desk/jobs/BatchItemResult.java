package net.claimsnet.web.desk.jobs;

import java.io.Serializable;

/** What became of one item of a batch: done (with what was done) or refused (with why), in the batch's order. */
public final class BatchItemResult implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int position;
    private final String key;
    private final String label;
    private final boolean done;
    private final String detail;

    BatchItemResult(int position, String key, String label, boolean done, String detail) {
        this.position = position;
        this.key = key;
        this.label = label;
        this.done = done;
        this.detail = detail;
    }

    /** 1 for the batch's first item. */
    public int getPosition() {
        return position;
    }

    /** What the item is known by to the system (e.g. a claim's ledger id), for links. */
    public String getKey() {
        return key;
    }

    /** What a person knows the item by (e.g. the provider's claim id). */
    public String getLabel() {
        return label;
    }

    public boolean isDone() {
        return done;
    }

    /** What was done, or why it was refused, in words. */
    public String getDetail() {
        return detail;
    }
}
