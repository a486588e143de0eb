package net.claimsnet.web.desk.admin;

import net.claimsnet.node.desk.Enrollment;
import net.claimsnet.node.desk.EnrollmentOutcome;

import java.util.List;

/**
 * Enrols a batch of members, one outcome per member in batch order: on the node, the coverage desk's
 * {@code enrollAll} for the user who uploaded the file; in tests, a fake.
 */
@FunctionalInterface
public interface Enroller {

    /** May throw the desk's refusal of the whole batch (a ClaimDeskException); each member's refusal is an outcome. */
    List<EnrollmentOutcome> enrollAll(List<Enrollment> batch);
}
