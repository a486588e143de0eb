package net.claimsnet.web.desk.admin;

import java.util.Objects;

/**
 * What became of one line of a bulk enrolment, as the result table shows it: the line, the member,
 * the outcome and why (the reason a line was refused, the coverage that already covers the member,
 * or the flow still finishing).
 */
public final class RowResult {

    /** ENROLLED is "accepted"; the others say why the member was not enrolled (yet). */
    public enum Outcome { ENROLLED, ALREADY_COVERED, REJECTED, STILL_RUNNING }

    private final int line;
    private final String memberId;
    private final Outcome outcome;
    private final String coverageId;
    private final String reason;

    public RowResult(int line, String memberId, Outcome outcome, String coverageId, String reason) {
        this.line = line;
        this.memberId = memberId;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.coverageId = coverageId;
        this.reason = reason;
    }

    public static RowResult rejected(int line, String memberId, String reason) {
        return new RowResult(line, memberId, Outcome.REJECTED, null, reason);
    }

    public int getLine() {
        return line;
    }

    public String getMemberId() {
        return memberId;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public boolean isAccepted() {
        return outcome == Outcome.ENROLLED;
    }

    /** The outcome in words, for the table. */
    public String getOutcomeText() {
        return switch (outcome) {
            case ENROLLED -> "Accepted";
            case ALREADY_COVERED -> "Already covered";
            case REJECTED -> "Rejected";
            case STILL_RUNNING -> "Still running";
        };
    }

    public String getCoverageId() {
        return coverageId;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return "line " + line + " " + outcome + (reason == null ? "" : ": " + reason);
    }
}
