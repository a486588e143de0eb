package net.claimsnet.flows.rules;

import net.claimsnet.states.Adjudication;
import net.claimsnet.states.BenefitAccumulatorState;

import java.util.Objects;

/**
 * What the rules decided: either the adjudication and the member's benefit accumulator once it is
 * applied, or that the claim is set aside (pended) for an adjuster, with the reason.
 */
public final class AdjudicationDecision {

    private final Adjudication adjudication;
    private final BenefitAccumulatorState accumulatorAfter;
    private final String pendReason;

    private AdjudicationDecision(Adjudication adjudication, BenefitAccumulatorState accumulatorAfter, String pendReason) {
        this.adjudication = adjudication;
        this.accumulatorAfter = accumulatorAfter;
        this.pendReason = pendReason;
    }

    public static AdjudicationDecision decided(Adjudication adjudication, BenefitAccumulatorState accumulatorAfter) {
        return new AdjudicationDecision(Objects.requireNonNull(adjudication, "adjudication"),
                Objects.requireNonNull(accumulatorAfter, "accumulatorAfter"), null);
    }

    public static AdjudicationDecision pended(String reason) {
        return new AdjudicationDecision(null, null, Objects.requireNonNull(reason, "reason"));
    }

    public boolean isPended() {
        return pendReason != null;
    }

    /** Null when pended. */
    public Adjudication adjudication() {
        return adjudication;
    }

    /** Null when pended. */
    public BenefitAccumulatorState accumulatorAfter() {
        return accumulatorAfter;
    }

    /** Why the rules want an adjuster to look at the claim; null when decided. */
    public String pendReason() {
        return pendReason;
    }
}
