package net.claimsnet.web.desk.adjuster;

import net.claimsnet.node.desk.EnrolledCoverage;
import net.claimsnet.states.BenefitAccumulatorState;
import net.claimsnet.states.CoverageState;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A member's coverage as the member view shows it: plan, period, status, and what the member has met
 * of the plan year's deductible and out-of-pocket maximum (and what remains), from the accumulator.
 */
public final class CoverageRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String coverageId;
    private final String planId;
    private final String planName;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private final String status;
    private final boolean accumulatorOpen;
    private final Integer planYear;
    private final BigDecimal deductibleLimit;
    private final BigDecimal deductibleMet;
    private final BigDecimal outOfPocketLimit;
    private final BigDecimal outOfPocketMet;
    private final String visits;

    private CoverageRow(String coverageId, CoverageState coverage, BenefitAccumulatorState accumulator) {
        this.coverageId = coverageId;
        this.planId = coverage.getPlanId();
        this.planName = coverage.getPlanName();
        this.periodStart = coverage.getPeriodStart();
        this.periodEnd = coverage.getPeriodEnd();
        this.status = coverage.getStatus() == null ? "" : coverage.getStatus().name();
        this.accumulatorOpen = accumulator != null;
        this.planYear = accumulator == null ? null : accumulator.getPlanYear();
        // Without an open accumulator the plan's limits still hold and nothing is met yet.
        this.deductibleLimit = accumulator != null ? accumulator.getDeductibleLimit()
                : coverage.getBenefits() == null ? null : coverage.getBenefits().getDeductible();
        this.deductibleMet = accumulator == null ? BigDecimal.ZERO : accumulator.getDeductibleMet();
        this.outOfPocketLimit = accumulator != null ? accumulator.getOutOfPocketLimit()
                : coverage.getBenefits() == null ? null : coverage.getBenefits().getOutOfPocketMaximum();
        this.outOfPocketMet = accumulator == null ? BigDecimal.ZERO : accumulator.getOutOfPocketMet();
        this.visits = accumulator == null ? "" : visitsText(accumulator.getVisitsUsed(), accumulator.getVisitLimits());
    }

    static CoverageRow of(EnrolledCoverage enrolled) {
        return new CoverageRow(enrolled.id(), enrolled.coverage(), enrolled.accumulator());
    }

    /** "PHYSIO 3 of 20; OFFICE_VISIT 1 of 10": visits used of each category with a limit. */
    static String visitsText(Map<String, Integer> used, Map<String, Integer> limits) {
        Map<String, Integer> limited = new TreeMap<>(limits == null ? Map.of() : limits);
        return limited.entrySet().stream()
                .map(e -> e.getKey() + " " + (used == null ? 0 : used.getOrDefault(e.getKey(), 0)) + " of " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    /** What remains of a limit: never below 0 (an accumulator may have met more than the limit). */
    static BigDecimal remaining(BigDecimal limit, BigDecimal met) {
        if (limit == null) {
            return null;
        }
        BigDecimal left = limit.subtract(met == null ? BigDecimal.ZERO : met);
        return left.signum() < 0 ? BigDecimal.ZERO.setScale(limit.scale()) : left;
    }

    public String getCoverageId() {
        return coverageId;
    }

    public String getPlanId() {
        return planId;
    }

    public String getPlanName() {
        return planName;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public String getStatus() {
        return status;
    }

    public boolean isAccumulatorOpen() {
        return accumulatorOpen;
    }

    public Integer getPlanYear() {
        return planYear;
    }

    public BigDecimal getDeductibleLimit() {
        return deductibleLimit;
    }

    public BigDecimal getDeductibleMet() {
        return deductibleMet;
    }

    public BigDecimal getDeductibleRemaining() {
        return remaining(deductibleLimit, deductibleMet);
    }

    public BigDecimal getOutOfPocketLimit() {
        return outOfPocketLimit;
    }

    public BigDecimal getOutOfPocketMet() {
        return outOfPocketMet;
    }

    public BigDecimal getOutOfPocketRemaining() {
        return remaining(outOfPocketLimit, outOfPocketMet);
    }

    public String getVisits() {
        return visits;
    }
}
