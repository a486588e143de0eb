package net.claimsnet.web.x12.intake;

import net.claimsnet.web.desk.jobs.BatchItemResult;
import net.claimsnet.web.desk.jobs.BatchJob;
import net.claimsnet.web.x12.claims.ClaimFileReview;

import java.time.Instant;
import java.util.List;

/**
 * An 837 file the node took in: what was read (the review), the 999 it answered, and the background
 * job filing its claims, whose results are in the items' order.
 */
public record ClaimFile(String fileName, Instant received, ClaimFileReview review, String acknowledgement,
                        List<ClaimFileItem> items, BatchJob<ClaimFileItem> job) {

    public ClaimFile {
        items = List.copyOf(items);
    }

    /** The item's result, or null while the job has not reached it. */
    public BatchItemResult resultOf(int index) {
        List<BatchItemResult> results = job.getResults();
        return index < results.size() ? results.get(index) : null;
    }

    public long acceptedCount() {
        return job.count(ClaimFileWork.FILED);
    }

    public long rejectedCount() {
        // every refused item that is not still running: refused by the mapping, the scrub, the ledger or the job's stop
        return job.getRefusedCount() - job.count(ClaimFileWork.STILL_RUNNING);
    }

    public long stillRunningCount() {
        return job.count(ClaimFileWork.STILL_RUNNING);
    }
}
