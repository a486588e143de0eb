package net.claimsnet.flows.claim;

import net.corda.core.serialization.CordaSerializable;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The insurer's answer to an eligibility question (X12 271, FHIR CoverageEligibilityResponse): whether
 * the member is covered on the date, and if so by which plan, for which period, with which cost sharing
 * and what is left of the plan year's deductible and out-of-pocket maximum. It names no patient: the
 * provider asked with the member id it already holds.
 */
@CordaSerializable
public final class EligibilityAnswer {

    private final String memberId;
    private final LocalDate dateOfService;
    private final boolean covered;
    private final String coverageId;
    private final String planId;
    private final String planName;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final BigDecimal deductible;
    private final BigDecimal deductibleRemaining;
    private final BigDecimal outOfPocketMaximum;
    private final BigDecimal outOfPocketRemaining;
    private final BigDecimal copay;
    private final int coinsurancePercent;

    public EligibilityAnswer(String memberId, LocalDate dateOfService, boolean covered, String coverageId,
                             String planId, String planName, LocalDate periodStart, LocalDate periodEnd,
                             BigDecimal deductible, BigDecimal deductibleRemaining, BigDecimal outOfPocketMaximum,
                             BigDecimal outOfPocketRemaining, BigDecimal copay, int coinsurancePercent) {
        this.memberId = memberId;
        this.dateOfService = dateOfService;
        this.covered = covered;
        this.coverageId = coverageId;
        this.planId = planId;
        this.planName = planName;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.deductible = deductible;
        this.deductibleRemaining = deductibleRemaining;
        this.outOfPocketMaximum = outOfPocketMaximum;
        this.outOfPocketRemaining = outOfPocketRemaining;
        this.copay = copay;
        this.coinsurancePercent = coinsurancePercent;
    }

    /** No coverage in force for the member on the date. */
    public static EligibilityAnswer notCovered(String memberId, LocalDate dateOfService) {
        return new EligibilityAnswer(memberId, dateOfService, false, null, null, null, null, null,
                null, null, null, null, null, 0);
    }

    public String getMemberId() { return memberId; }

    public LocalDate getDateOfService() { return dateOfService; }

    public boolean isCovered() { return covered; }

    /** The coverage's ledger id; null when not covered. */
    public String getCoverageId() { return coverageId; }

    public String getPlanId() { return planId; }

    public String getPlanName() { return planName; }

    public LocalDate getPeriodStart() { return periodStart; }

    public LocalDate getPeriodEnd() { return periodEnd; }

    public BigDecimal getDeductible() { return deductible; }

    public BigDecimal getDeductibleRemaining() { return deductibleRemaining; }

    public BigDecimal getOutOfPocketMaximum() { return outOfPocketMaximum; }

    public BigDecimal getOutOfPocketRemaining() { return outOfPocketRemaining; }

    public BigDecimal getCopay() { return copay; }

    public int getCoinsurancePercent() { return coinsurancePercent; }
}
