package net.claimsnet.rules.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the insurer's adjudication needs beyond the claim: the member's coverage (null when the insurer
 * holds none), the plan-year accumulators before this claim, and the day the claim was received.
 */
public record AdjudicationRequest(
        ClaimInput claim,
        Coverage coverage,
        BenefitAccumulators accumulators,
        LocalDate receivedDate) {

    public AdjudicationRequest {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(accumulators, "accumulators");
        Objects.requireNonNull(receivedDate, "receivedDate");
    }
}
