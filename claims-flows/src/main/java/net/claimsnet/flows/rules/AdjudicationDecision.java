package net.claimsnet.flows.rules;

import net.claimsnet.states.Adjudication;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.PendReason;

import java.util.Objects;

/**
 * What the rules decided: either the adjudication and the member's benefit accumulator once it is
 * applied, or that the claim is set aside (pended) for an adjuster, with the reason: in full for the
 * insurer's work queue, and as reason codes and a note without PHI for the ledger.
 */
public final class AdjudicationDecision {

    private final Adjudication adjudication;
    private final BenefitAccumulatorState accumulatorAfter;
    private final String pendReason;
    private final PendReason pend;

    private AdjudicationDecision(Adjudication adjudication, BenefitAccumulatorState accumulatorAfter, String pendReason,
                                 PendReason pend) {
        this.adjudication = adjudication;
        this.accumulatorAfter = accumulatorAfter;
        this.pendReason = pendReason;
        this.pend = pend;
    }

    public static AdjudicationDecision decided(Adjudication adjudication, BenefitAccumulatorState accumulatorAfter) {
        return new AdjudicationDecision(Objects.requireNonNull(adjudication, "adjudication"),
                Objects.requireNonNull(accumulatorAfter, "accumulatorAfter"), null, null);
    }

    /** Held for review ({@link PendReason#REVIEW}); the reason stays with the insurer. */
    public static AdjudicationDecision pended(String reason) {
        return pended(reason, PendReason.review());
    }

    /** @param reason the whole reason, for the insurer; @param pend what the ledger records of it */
    public static AdjudicationDecision pended(String reason, PendReason pend) {
        return new AdjudicationDecision(null, null, Objects.requireNonNull(reason, "reason"), Objects.requireNonNull(pend, "pend"));
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

    /** The reason codes and note the ledger records; null when decided. */
    public PendReason pend() {
        return pend;
    }
}
