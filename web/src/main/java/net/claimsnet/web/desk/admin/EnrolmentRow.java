package net.claimsnet.web.desk.admin;

import net.claimsnet.node.desk.Enrollment;

/**
 * One member line of a CSV file, from 1 (the header): the enrolment it gives, or why the file check
 * refused it ({@code problem}; the member id when the line had one, and no enrolment).
 */
public record EnrolmentRow(int line, String memberId, Enrollment enrollment, String problem) {

    /** A line that passed the checks. */
    public EnrolmentRow(int line, Enrollment enrollment) {
        this(line, enrollment.memberId(), enrollment, null);
    }

    /** A line the file check refused, with what to fix. */
    static EnrolmentRow refused(int line, String memberId, String problem) {
        return new EnrolmentRow(line, memberId, null, problem);
    }

    public boolean isRefused() {
        return problem != null;
    }
}
