package net.claimsnet.rules;

import net.claimsnet.rules.model.AdjudicationRequest;
import net.claimsnet.rules.model.AdjudicationResult;

/** The insurer's auto-adjudication engine. */
public interface ClaimAdjudicator {

    /**
     * Decides each line (eligibility, coverage, prior authorization, duplicates, pricing, cost sharing,
     * limits, bundling, medical necessity, review triggers) and the claim outcome. Does not record
     * anything: the caller commits the accumulators when the outcome is final.
     *
     * @return per-line amounts and adjustments, the outcome, the accumulators after the claim, and the
     *         version of the rule set used
     */
    AdjudicationResult adjudicate(AdjudicationRequest request);
}
