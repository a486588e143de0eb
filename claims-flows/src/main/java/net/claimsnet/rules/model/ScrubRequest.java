package net.claimsnet.rules.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the provider's scrubber checks: the claim, and the day it would be submitted (dates in the future
 * and the timely-filing window are judged against that day, not the machine's clock).
 */
public record ScrubRequest(ClaimInput claim, LocalDate submissionDate) {

    public ScrubRequest {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(submissionDate, "submissionDate");
    }
}
