package net.claimsnet.node.desk;

/**
 * What became of one member of a bulk enrolment: enrolled, covered already (by an active coverage
 * whose dates overlap), refused (bad input or the ledger said no; {@code field} names the input), or
 * still running (its flow finishes on its own).
 *
 * @param index      the member's position in the request, from 0
 * @param coverageId the new coverage's id (ENROLLED) or the existing one's (ALREADY_COVERED); else null
 * @param enrolled   the new coverage with its accumulator (ENROLLED); else null
 */
public record EnrollmentOutcome(int index, String memberId, Result result, String coverageId, EnrolledCoverage enrolled,
                                String field, String message, String flowId) {

    public enum Result { ENROLLED, ALREADY_COVERED, REFUSED, STILL_RUNNING }

    static EnrollmentOutcome enrolled(int index, String memberId, EnrolledCoverage coverage) {
        return new EnrollmentOutcome(index, memberId, Result.ENROLLED, coverage.id(), coverage, null, null, null);
    }

    static EnrollmentOutcome failed(int index, String memberId, ClaimDeskException why) {
        if (why instanceof CoverageConflictException conflict && conflict.overlapping() != null) {
            return new EnrollmentOutcome(index, memberId, Result.ALREADY_COVERED, conflict.overlapping(), null, null,
                    why.getMessage(), null);
        }
        if (why instanceof FlowStillRunningException running) {
            return new EnrollmentOutcome(index, memberId, Result.STILL_RUNNING, null, null, null, why.getMessage(),
                    running.flowId());
        }
        String field = why instanceof InvalidDeskInputException invalid ? "members[" + index + "]." + invalid.field() : null;
        return new EnrollmentOutcome(index, memberId, Result.REFUSED, null, null, field, why.getMessage(), null);
    }
}
