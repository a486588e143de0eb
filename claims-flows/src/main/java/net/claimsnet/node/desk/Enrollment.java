package net.claimsnet.node.desk;

import java.time.LocalDate;

/**
 * One member to enrol: who (member, subscriber), on which of the insurer's plans
 * (config/reference/plans.csv), from when to when (both days covered).
 *
 * @param subscriberId  the policy holder; null when the member holds the policy (it is then the member id)
 * @param effectiveTo   null for the end of the plan year (31 December of {@code effectiveFrom}'s year)
 */
public record Enrollment(String memberId, String subscriberId, String planId, LocalDate effectiveFrom,
                         LocalDate effectiveTo) {
}
