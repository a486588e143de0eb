package net.claimsnet.web.desk.admin;

import net.claimsnet.node.desk.Enrollment;

/** One member to enrol as a CSV file gave it: the enrolment and the file's line it came from (from 1, the header). */
public record EnrolmentRow(int line, Enrollment enrollment) {
}
