package net.claimsnet.web.desk.admin;

import net.claimsnet.node.desk.ClaimDeskException;
import net.claimsnet.node.desk.Enrollment;
import net.claimsnet.node.desk.EnrollmentOutcome;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one bulk enrolment: records the lines the file check rejected, then enrols the others in
 * batches (so the progress bar moves while the ledger works), each member's outcome recorded
 * against its line. A batch the desk refuses as a whole (the user may not enrol, say) rejects its
 * lines with the desk's reason and the next batch is tried; anything else stops the job, with the
 * lines not done rejected so that the result still accounts for every line.
 */
public final class EnrolmentJobRun implements Runnable {

    /** Small enough that the bar moves every few seconds (each member is two ledger transactions). */
    public static final int BATCH_SIZE = 10;

    private static final Logger LOG = Logger.getLogger(EnrolmentJobRun.class.getName());

    private final EnrolmentJob job;
    private final EnrolmentCsv.Parsed lines;
    private final Enroller enroller;
    private final int batchSize;
    private final Clock clock;

    public EnrolmentJobRun(EnrolmentJob job, EnrolmentCsv.Parsed lines, Enroller enroller, int batchSize, Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.job = Objects.requireNonNull(job, "job");
        this.lines = Objects.requireNonNull(lines, "lines");
        this.enroller = Objects.requireNonNull(enroller, "enroller");
        this.batchSize = batchSize;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void run() {
        lines.rejected().forEach(job::record);
        List<EnrolmentRow> rows = lines.rows();
        int next = 0;
        try {
            while (next < rows.size()) {
                List<EnrolmentRow> batch = rows.subList(next, Math.min(rows.size(), next + batchSize));
                enrol(batch);
                next += batch.size();
            }
            job.finish(clock.instant());
        } catch (RuntimeException e) {
            // The job's thread is the only one that can account for the lines: it must end the job, not vanish.
            // The exception's message may name a member: only its type is logged.
            LOG.log(Level.WARNING, () -> "Bulk enrolment " + job.getId() + " stopped: " + e.getClass().getName());
            String reason = "Not enrolled: the node stopped answering during the upload; upload these lines again";
            rows.subList(next, rows.size()).forEach(row ->
                    job.record(RowResult.rejected(row.line(), row.enrollment().memberId(), reason)));
            job.stop("The node stopped answering after " + next + " of " + rows.size()
                    + " members; the lines not done are marked rejected.", clock.instant());
        }
    }

    private void enrol(List<EnrolmentRow> batch) {
        List<EnrollmentOutcome> outcomes;
        try {
            outcomes = enroller.enrollAll(batch.stream().map(EnrolmentRow::enrollment).toList());
        } catch (ClaimDeskException refused) {
            batch.forEach(row -> job.record(RowResult.rejected(row.line(), row.enrollment().memberId(), refused.getMessage())));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            EnrolmentRow row = batch.get(i);
            job.record(i < outcomes.size() ? result(row, outcomes.get(i))
                    : RowResult.rejected(row.line(), row.enrollment().memberId(), "The desk gave no outcome for this member"));
        }
    }

    private static RowResult result(EnrolmentRow row, EnrollmentOutcome outcome) {
        String memberId = row.enrollment().memberId();
        return switch (outcome.result()) {
            case ENROLLED -> new RowResult(row.line(), memberId, RowResult.Outcome.ENROLLED, outcome.coverageId(), null);
            case ALREADY_COVERED -> new RowResult(row.line(), memberId, RowResult.Outcome.ALREADY_COVERED,
                    outcome.coverageId(), outcome.message());
            case STILL_RUNNING -> new RowResult(row.line(), memberId, RowResult.Outcome.STILL_RUNNING, null,
                    "The ledger has not answered yet (flow " + outcome.flowId() + "); the coverage appears when it does");
            case REFUSED -> RowResult.rejected(row.line(), memberId, outcome.message());
        };
    }
}
