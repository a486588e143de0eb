package net.claimsnet.node.desk;

import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.CoverageState;

/**
 * A member's coverage as the coverage desk shows it: the coverage's current version and the member's
 * benefit accumulator for the coverage's plan year (what is met so far), null when none is open.
 */
public record EnrolledCoverage(CoverageState coverage, BenefitAccumulatorState accumulator) {

    /** The coverage's ledger id, as the desk and its API name it. */
    public String id() {
        return CoverageDesk.idOf(coverage);
    }
}
