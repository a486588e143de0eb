package net.claimsnet.web.desk.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One bulk enrolment, as the page follows it while it runs and shows it afterwards: the file, who
 * sent it, how many lines are done of how many, and each line's result. Written by the one thread
 * that runs the job, read by page requests: every access is synchronized.
 */
public final class EnrolmentJob {

    public enum State { RUNNING, FINISHED, STOPPED }

    private final String id;
    private final String fileName;
    private final String startedBy;
    private final Instant startedAt;
    private final int lineCount;
    private final List<RowResult> results = new ArrayList<>();
    private State state = State.RUNNING;
    private String stopReason;
    private Instant endedAt;

    public EnrolmentJob(String id, String fileName, String startedBy, Instant startedAt, int lineCount) {
        this.id = Objects.requireNonNull(id, "id");
        this.fileName = fileName;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.lineCount = lineCount;
    }

    synchronized void record(RowResult result) {
        results.add(result);
    }

    synchronized void finish(Instant at) {
        state = State.FINISHED;
        endedAt = at;
    }

    /** The job could not go on (the node stopped answering); the lines not done are recorded as rejected first. */
    synchronized void stop(String reason, Instant at) {
        state = State.STOPPED;
        stopReason = reason;
        endedAt = at;
    }

    public String getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public synchronized Instant getEndedAt() {
        return endedAt;
    }

    public int getLineCount() {
        return lineCount;
    }

    public synchronized int getDoneCount() {
        return results.size();
    }

    /** Whole percent of the lines done; 100 once the job ended, whatever happened. */
    public synchronized int getProgress() {
        if (state != State.RUNNING || lineCount == 0) {
            return 100;
        }
        return (int) Math.min(99, results.size() * 100L / lineCount);
    }

    public synchronized State getState() {
        return state;
    }

    public synchronized boolean isFinished() {
        return state != State.RUNNING;
    }

    public synchronized String getStopReason() {
        return stopReason;
    }

    /** The results so far, by line. */
    public synchronized List<RowResult> getResults() {
        List<RowResult> byLine = new ArrayList<>(results);
        byLine.sort(Comparator.comparingInt(RowResult::getLine));
        return byLine;
    }

    public synchronized long count(RowResult.Outcome outcome) {
        return results.stream().filter(r -> r.getOutcome() == outcome).count();
    }

    public long getAcceptedCount() {
        return count(RowResult.Outcome.ENROLLED);
    }

    public long getAlreadyCoveredCount() {
        return count(RowResult.Outcome.ALREADY_COVERED);
    }

    public long getRejectedCount() {
        return count(RowResult.Outcome.REJECTED);
    }

    public long getStillRunningCount() {
        return count(RowResult.Outcome.STILL_RUNNING);
    }
}
