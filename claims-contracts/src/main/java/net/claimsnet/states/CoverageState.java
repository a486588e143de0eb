package net.claimsnet.states;

import net.claimsnet.contracts.CoverageContract;
import net.corda.core.contracts.BelongsToContract;
import net.corda.core.contracts.LinearState;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.Party;
import net.corda.core.serialization.CordaSerializable;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A member's coverage under one of the insurer's plans, for a period (both ends inclusive). Only
 * the insurer is a participant: providers receive it as the reference state of the claims filed
 * under it, through back-chain resolution, so a claim proves which coverage it relied on.
 */
@CordaSerializable
@BelongsToContract(CoverageContract.class)
public final class CoverageState implements LinearState {

    private final Party insurer;
    private final UniqueIdentifier linearId;
    private final String memberId;
    private final String subscriberId;
    private final String planId;
    private final String planName;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final BenefitSummary benefits;
    private final CoverageStatus status;

    public CoverageState(
            Party insurer,
            UniqueIdentifier linearId,
            String memberId,
            String subscriberId,
            String planId,
            String planName,
            LocalDate periodStart,
            LocalDate periodEnd,
            BenefitSummary benefits,
            CoverageStatus status) {
        this.insurer = Objects.requireNonNull(insurer, "insurer");
        this.linearId = Objects.requireNonNull(linearId, "linearId");
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.subscriberId = subscriberId;
        this.planId = planId;
        this.planName = planName;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.benefits = benefits;
        this.status = Objects.requireNonNull(status, "status");
    }

    public Party getInsurer() { return insurer; }

    @Override
    public UniqueIdentifier getLinearId() { return linearId; }

    public String getMemberId() { return memberId; }

    public String getSubscriberId() { return subscriberId; }

    public String getPlanId() { return planId; }

    public String getPlanName() { return planName; }

    /** First day covered. */
    public LocalDate getPeriodStart() { return periodStart; }

    /** Last day covered (inclusive). */
    public LocalDate getPeriodEnd() { return periodEnd; }

    public BenefitSummary getBenefits() { return benefits; }

    public CoverageStatus getStatus() { return status; }

    /** Whether the coverage is in force on the given day. */
    public boolean coversDate(LocalDate date) {
        return status == CoverageStatus.ACTIVE && periodStart != null && periodEnd != null
                && !date.isBefore(periodStart) && !date.isAfter(periodEnd);
    }

    @Override
    public List<AbstractParty> getParticipants() {
        return Collections.<AbstractParty>singletonList(insurer);
    }

    public CoverageState withInsurer(Party insurer) {
        return new CoverageState(insurer, linearId, memberId, subscriberId, planId, planName, periodStart, periodEnd, benefits, status);
    }

    public CoverageState withLinearId(UniqueIdentifier linearId) {
        return new CoverageState(insurer, linearId, memberId, subscriberId, planId, planName, periodStart, periodEnd, benefits, status);
    }

    public CoverageState withMemberId(String memberId) {
        return new CoverageState(insurer, linearId, memberId, subscriberId, planId, planName, periodStart, periodEnd, benefits, status);
    }

    public CoverageState withSubscriberId(String subscriberId) {
        return new CoverageState(insurer, linearId, memberId, subscriberId, planId, planName, periodStart, periodEnd, benefits, status);
    }

    public CoverageState withPlanId(String planId) {
        return new CoverageState(insurer, linearId, memberId, subscriberId, planId, planName, periodStart, periodEnd, benefits, status);
    }

    public CoverageState withPlanName(String planName) {
        return new CoverageState(insurer, linearId, memberId, subscriberId, planId, planName, periodStart, periodEnd, benefits, status);
    }

    public CoverageState withPeriodStart(LocalDate periodStart) {
        return new CoverageState(insurer, linearId, memberId, subscriberId, planId, planName, periodStart, periodEnd, benefits, status);
    }

    public CoverageState withPeriodEnd(LocalDate periodEnd) {
        return new CoverageState(insurer, linearId, memberId, subscriberId, planId, planName, periodStart, periodEnd, benefits, status);
    }

    public CoverageState withBenefits(BenefitSummary benefits) {
        return new CoverageState(insurer, linearId, memberId, subscriberId, planId, planName, periodStart, periodEnd, benefits, status);
    }

    public CoverageState withStatus(CoverageStatus status) {
        return new CoverageState(insurer, linearId, memberId, subscriberId, planId, planName, periodStart, periodEnd, benefits, status);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof CoverageState)) return false;
        CoverageState that = (CoverageState) o;
        return insurer.equals(that.insurer)
                && linearId.equals(that.linearId)
                && memberId.equals(that.memberId)
                && Objects.equals(subscriberId, that.subscriberId)
                && Objects.equals(planId, that.planId)
                && Objects.equals(planName, that.planName)
                && Objects.equals(periodStart, that.periodStart)
                && Objects.equals(periodEnd, that.periodEnd)
                && Objects.equals(benefits, that.benefits)
                && status == that.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(insurer, linearId, memberId, subscriberId, planId, planName, periodStart, periodEnd, benefits, status);
    }

    @Override
    public String toString() {
        return "CoverageState(linearId=" + linearId + ", memberId=" + memberId + ", planId=" + planId
                + ", period=" + periodStart + ".." + periodEnd + ", status=" + status + ", insurer=" + insurer.getName() + ")";
    }
}
