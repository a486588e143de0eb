package net.claimsnet.flows.rules;

import net.claimsnet.states.ClaimDetails;

import java.time.LocalDate;
import java.util.List;

/** Port: the provider's edits a claim must pass before it is submitted (or replaced). */
public interface ScrubRulesPort {

    /** Every finding for the claim as of the given day; a claim with an ERROR finding is not submitted. */
    List<ScrubFinding> scrub(ClaimDetails claim, LocalDate today);
}
