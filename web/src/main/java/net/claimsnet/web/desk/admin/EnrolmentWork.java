package net.claimsnet.web.desk.admin;

import net.claimsnet.node.desk.ClaimDeskException;
import net.claimsnet.node.desk.EnrollmentOutcome;
import net.claimsnet.web.desk.jobs.BatchJob;

import java.time.Clock;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bulk enrolment as a {@link BatchJob} over the file's lines, in line order: the lines the file
 * check refused are known "Rejected" before the run; each other line's member is enrolled through the
 * coverage desk, one member per call, and its outcome recorded against its line (key: the line
 * number; label: the member id; reference: the coverage made, or the one that covers the member
 * already). The desk's refusal of a member rejects that line and the next is tried; any other failure
 * means the node stopped answering, and the job stops with the lines not done rejected.
 */
final class EnrolmentWork implements BatchJob.ItemWork<EnrolmentRow> {

    /** The kind of the bulk enrolments in {@code BatchJobs}. */
    static final String KIND = "enrolment";
    static final String ACCEPTED = "Accepted";
    static final String ALREADY_COVERED = "Already covered";
    static final String REJECTED = "Rejected";
    static final String STILL_RUNNING = "Still running";

    private static final Logger LOG = Logger.getLogger(EnrolmentWork.class.getName());

    private final Enroller enroller;

    EnrolmentWork(Enroller enroller) {
        this.enroller = Objects.requireNonNull(enroller, "enroller");
    }

    /** The job over every line of the file, started by the user who uploaded it, titled by the file's name. */
    static BatchJob<EnrolmentRow> job(String fileName, String startedBy, EnrolmentCsv.Parsed lines, Clock clock) {
        return new BatchJob<>(KIND, startedBy, fileName, lines.lines(), row -> String.valueOf(row.line()),
                EnrolmentRow::memberId,
                row -> row.isRefused() ? BatchJob.Outcome.refused(row.problem()).labelled(REJECTED) : null, clock);
    }

    @Override
    public BatchJob.Outcome apply(EnrolmentRow row) {
        EnrollmentOutcome outcome;
        try {
            outcome = enroller.enroll(row.enrollment());
        } catch (ClaimDeskException refused) {
            return BatchJob.Outcome.refused(refused.getMessage()).labelled(REJECTED);
        } catch (RuntimeException e) {
            // The exception's message may name a member: only its type is logged.
            LOG.log(Level.WARNING, () -> "Bulk enrolment: line " + row.line() + " failed: " + e.getClass().getName());
            throw new BatchJob.StopJob("the node stopped answering; the lines not done are marked rejected.",
                    "Not enrolled: the node stopped answering during the upload; upload these lines again");
        }
        if (outcome == null) {
            return BatchJob.Outcome.refused("The desk gave no outcome for this member").labelled(REJECTED);
        }
        return switch (outcome.result()) {
            case ENROLLED -> BatchJob.Outcome.done(null).labelled(ACCEPTED).withReference(outcome.coverageId());
            case ALREADY_COVERED -> BatchJob.Outcome.refused(outcome.message()).labelled(ALREADY_COVERED)
                    .withReference(outcome.coverageId());
            case STILL_RUNNING -> BatchJob.Outcome.refused("The ledger has not answered yet (flow " + outcome.flowId()
                    + "); the coverage appears when it does").labelled(STILL_RUNNING);
            case REFUSED -> BatchJob.Outcome.refused(outcome.message()).labelled(REJECTED);
        };
    }
}
