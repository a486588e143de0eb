package net.claimsnet.flows.rules;

import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;

/**
 * Port: the insurer's adjudication of a claim (first or, after an appeal, again) under the member's
 * coverage, against the member's benefit accumulator as it stands.
 */
public interface AdjudicationRulesPort {

    /**
     * Decides every line and applies the decision to the accumulator; on a re-adjudication the
     * accumulator moves by the difference from the claim's previous decision, as the contract requires.
     */
    AdjudicationDecision adjudicate(ClaimState claim, CoverageState coverage, BenefitAccumulatorState accumulator);
}
