package net.claimsnet.web.desk.admin;

import net.claimsnet.node.desk.Enrollment;
import net.claimsnet.node.desk.EnrollmentOutcome;

/**
 * Enrols one member and says what came of it: on the node, the coverage desk for the user who
 * uploaded the file; in tests, a fake.
 */
@FunctionalInterface
public interface Enroller {

    /** May throw the desk's refusal (a ClaimDeskException, e.g. the user may not enrol); other failures mean the node cannot go on. */
    EnrollmentOutcome enroll(Enrollment enrollment);
}
