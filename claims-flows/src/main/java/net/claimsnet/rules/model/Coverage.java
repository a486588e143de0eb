package net.claimsnet.rules.model;

import java.time.LocalDate;

/**
 * The member's coverage as the insurer holds it.
 *
 * @param memberId    the covered member
 * @param planId      the plan whose benefits apply (a row of config/reference/plans.csv)
 * @param periodStart first day of coverage
 * @param periodEnd   last day of coverage, or null while it runs
 */
public record Coverage(String memberId, String planId, LocalDate periodStart, LocalDate periodEnd) {

    /** Whether a service on this date falls before the coverage began. */
    public boolean startsAfter(LocalDate date) {
        return periodStart != null && date.isBefore(periodStart);
    }

    /** Whether a service on this date falls after the coverage ended. */
    public boolean endsBefore(LocalDate date) {
        return periodEnd != null && date.isAfter(periodEnd);
    }
}
