package net.claimsnet.states;

import net.claimsnet.contracts.BenefitAccumulatorContract;
import net.corda.core.contracts.BelongsToContract;
import net.corda.core.contracts.LinearState;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.Party;
import net.corda.core.serialization.CordaSerializable;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a member has used of a plan's benefits in one plan year: deductible met, out-of-pocket met
 * and visits per category, against the plan's limits. Every adjudication consumes and re-issues it,
 * so the notary's double-spend check stops two concurrent claims from spending the same
 * deductible. Only the insurer is a participant.
 */
@CordaSerializable
@BelongsToContract(BenefitAccumulatorContract.class)
public final class BenefitAccumulatorState implements LinearState {

    private final Party insurer;
    private final UniqueIdentifier linearId;
    private final String memberId;
    private final String planId;
    private final int planYear;
    private final BigDecimal deductibleLimit;
    private final BigDecimal deductibleMet;
    private final BigDecimal outOfPocketLimit;
    private final BigDecimal outOfPocketMet;
    private final Map<String, Integer> visitsUsed;
    private final Map<String, Integer> visitLimits;

    public BenefitAccumulatorState(
            Party insurer,
            UniqueIdentifier linearId,
            String memberId,
            String planId,
            int planYear,
            BigDecimal deductibleLimit,
            BigDecimal deductibleMet,
            BigDecimal outOfPocketLimit,
            BigDecimal outOfPocketMet,
            Map<String, Integer> visitsUsed,
            Map<String, Integer> visitLimits) {
        this.insurer = Objects.requireNonNull(insurer, "insurer");
        this.linearId = Objects.requireNonNull(linearId, "linearId");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.planId = planId;
        this.planYear = planYear;
        this.deductibleLimit = deductibleLimit;
        this.deductibleMet = deductibleMet;
        this.outOfPocketLimit = outOfPocketLimit;
        this.outOfPocketMet = outOfPocketMet;
        this.visitsUsed = visitsUsed == null ? Collections.<String, Integer>emptyMap()
                : Collections.unmodifiableMap(new TreeMap<>(visitsUsed));
        this.visitLimits = visitLimits == null ? Collections.<String, Integer>emptyMap()
                : Collections.unmodifiableMap(new TreeMap<>(visitLimits));
    }

    /** A fresh accumulator for a member's plan year: nothing met, no visits used. */
    public static BenefitAccumulatorState open(Party insurer, String memberId, String planId, int planYear,
                                               BigDecimal deductibleLimit, BigDecimal outOfPocketLimit,
                                               Map<String, Integer> visitLimits) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new BenefitAccumulatorState(insurer, new UniqueIdentifier(memberId + "/" + planId + "/" + planYear),
                memberId, planId, planYear, deductibleLimit, zero, outOfPocketLimit, zero,
                Collections.<String, Integer>emptyMap(), visitLimits);
    }

    public Party getInsurer() { return insurer; }

    /** Its external id is memberId/planId/planYear. */
    @Override
    public UniqueIdentifier getLinearId() { return linearId; }

    public String getMemberId() { return memberId; }

    public String getPlanId() { return planId; }

    public int getPlanYear() { return planYear; }

    public BigDecimal getDeductibleLimit() { return deductibleLimit; }

    public BigDecimal getDeductibleMet() { return deductibleMet; }

    public BigDecimal getOutOfPocketLimit() { return outOfPocketLimit; }

    public BigDecimal getOutOfPocketMet() { return outOfPocketMet; }

    /** Visits used so far, by service category. */
    public Map<String, Integer> getVisitsUsed() { return visitsUsed; }

    /** Visits allowed in the plan year, by service category; a category without a limit is unlimited. */
    public Map<String, Integer> getVisitLimits() { return visitLimits; }

    @Override
    public List<AbstractParty> getParticipants() {
        return Collections.<AbstractParty>singletonList(insurer);
    }

    public BenefitAccumulatorState withInsurer(Party insurer) {
        return new BenefitAccumulatorState(insurer, linearId, memberId, planId, planYear, deductibleLimit, deductibleMet, outOfPocketLimit, outOfPocketMet, visitsUsed, visitLimits);
    }

    public BenefitAccumulatorState withLinearId(UniqueIdentifier linearId) {
        return new BenefitAccumulatorState(insurer, linearId, memberId, planId, planYear, deductibleLimit, deductibleMet, outOfPocketLimit, outOfPocketMet, visitsUsed, visitLimits);
    }

    public BenefitAccumulatorState withMemberId(String memberId) {
        return new BenefitAccumulatorState(insurer, linearId, memberId, planId, planYear, deductibleLimit, deductibleMet, outOfPocketLimit, outOfPocketMet, visitsUsed, visitLimits);
    }

    public BenefitAccumulatorState withPlanId(String planId) {
        return new BenefitAccumulatorState(insurer, linearId, memberId, planId, planYear, deductibleLimit, deductibleMet, outOfPocketLimit, outOfPocketMet, visitsUsed, visitLimits);
    }

    public BenefitAccumulatorState withPlanYear(int planYear) {
        return new BenefitAccumulatorState(insurer, linearId, memberId, planId, planYear, deductibleLimit, deductibleMet, outOfPocketLimit, outOfPocketMet, visitsUsed, visitLimits);
    }

    public BenefitAccumulatorState withDeductibleLimit(BigDecimal deductibleLimit) {
        return new BenefitAccumulatorState(insurer, linearId, memberId, planId, planYear, deductibleLimit, deductibleMet, outOfPocketLimit, outOfPocketMet, visitsUsed, visitLimits);
    }

    public BenefitAccumulatorState withDeductibleMet(BigDecimal deductibleMet) {
        return new BenefitAccumulatorState(insurer, linearId, memberId, planId, planYear, deductibleLimit, deductibleMet, outOfPocketLimit, outOfPocketMet, visitsUsed, visitLimits);
    }

    public BenefitAccumulatorState withOutOfPocketLimit(BigDecimal outOfPocketLimit) {
        return new BenefitAccumulatorState(insurer, linearId, memberId, planId, planYear, deductibleLimit, deductibleMet, outOfPocketLimit, outOfPocketMet, visitsUsed, visitLimits);
    }

    public BenefitAccumulatorState withOutOfPocketMet(BigDecimal outOfPocketMet) {
        return new BenefitAccumulatorState(insurer, linearId, memberId, planId, planYear, deductibleLimit, deductibleMet, outOfPocketLimit, outOfPocketMet, visitsUsed, visitLimits);
    }

    public BenefitAccumulatorState withVisitsUsed(Map<String, Integer> visitsUsed) {
        return new BenefitAccumulatorState(insurer, linearId, memberId, planId, planYear, deductibleLimit, deductibleMet, outOfPocketLimit, outOfPocketMet, visitsUsed, visitLimits);
    }

    public BenefitAccumulatorState withVisitLimits(Map<String, Integer> visitLimits) {
        return new BenefitAccumulatorState(insurer, linearId, memberId, planId, planYear, deductibleLimit, deductibleMet, outOfPocketLimit, outOfPocketMet, visitsUsed, visitLimits);
    }

    /** This accumulator after an adjudication added the given amounts (negative when a re-adjudication gives back). */
    public BenefitAccumulatorState plus(BigDecimal deductible, BigDecimal outOfPocket) {
        return withDeductibleMet(deductibleMet.add(deductible)).withOutOfPocketMet(outOfPocketMet.add(outOfPocket));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof BenefitAccumulatorState)) return false;
        BenefitAccumulatorState that = (BenefitAccumulatorState) o;
        return Objects.equals(insurer, that.insurer)
                && Objects.equals(linearId, that.linearId)
                && Objects.equals(memberId, that.memberId)
                && Objects.equals(planId, that.planId)
                && planYear == that.planYear
                && Objects.equals(deductibleLimit, that.deductibleLimit)
                && Objects.equals(deductibleMet, that.deductibleMet)
                && Objects.equals(outOfPocketLimit, that.outOfPocketLimit)
                && Objects.equals(outOfPocketMet, that.outOfPocketMet)
                && Objects.equals(visitsUsed, that.visitsUsed)
                && Objects.equals(visitLimits, that.visitLimits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(insurer, linearId, memberId, planId, planYear, deductibleLimit, deductibleMet, outOfPocketLimit, outOfPocketMet, visitsUsed, visitLimits);
    }

    @Override
    public String toString() {
        return "BenefitAccumulatorState(linearId=" + linearId + ", memberId=" + memberId + ", planId=" + planId
                + ", planYear=" + planYear + ", deductible=" + deductibleMet + "/" + deductibleLimit
                + ", outOfPocket=" + outOfPocketMet + "/" + outOfPocketLimit
                + ", visits=" + visitsUsed + "/" + visitLimits + ")";
    }
}
