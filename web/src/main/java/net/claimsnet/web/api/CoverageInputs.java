package net.claimsnet.web.api;

import java.util.List;

/** The bodies of the coverage endpoints. Dates are {@code yyyy-MM-dd}. */
public final class CoverageInputs {

    private CoverageInputs() {
    }

    /**
     * A member to enrol on one of the insurer's plans (config/reference/plans.csv). subscriberId
     * defaults to the member; effectiveTo to the end of effectiveFrom's plan (calendar) year, which
     * it may not pass.
     */
    public record EnrollmentInput(String memberId, String subscriberId, String planId, String effectiveFrom,
                                  String effectiveTo) {
    }

    /** Many members at once, one outcome each. */
    public record BatchEnrollmentInput(List<EnrollmentInput> members) {
    }

    /** The coverage's last covered day: within its period (retroactive terminations are allowed). */
    public record TerminationInput(String lastDay) {
    }
}
