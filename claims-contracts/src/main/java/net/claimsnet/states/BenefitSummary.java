package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A plan's benefits as coverage states them: deductible, out-of-pocket maximum, copay,
 * coinsurance (percent the patient pays) and visit limits per service category.
 */
@CordaSerializable
public final class BenefitSummary {

    private final BigDecimal deductible;
    private final BigDecimal outOfPocketMaximum;
    private final BigDecimal copay;
    private final int coinsurancePercent;
    private final Map<String, Integer> visitLimits;

    public BenefitSummary(
            BigDecimal deductible,
            BigDecimal outOfPocketMaximum,
            BigDecimal copay,
            int coinsurancePercent,
            Map<String, Integer> visitLimits) {
        this.deductible = deductible;
        this.outOfPocketMaximum = outOfPocketMaximum;
        this.copay = copay;
        this.coinsurancePercent = coinsurancePercent;
        this.visitLimits = visitLimits == null ? Collections.<String, Integer>emptyMap()
                : Collections.unmodifiableMap(new TreeMap<>(visitLimits));
    }

    public BigDecimal getDeductible() { return deductible; }

    public BigDecimal getOutOfPocketMaximum() { return outOfPocketMaximum; }

    public BigDecimal getCopay() { return copay; }

    public int getCoinsurancePercent() { return coinsurancePercent; }

    /** Visits allowed per plan year, by service category. */
    public Map<String, Integer> getVisitLimits() { return visitLimits; }

    public BenefitSummary withDeductible(BigDecimal deductible) {
        return new BenefitSummary(deductible, outOfPocketMaximum, copay, coinsurancePercent, visitLimits);
    }

    public BenefitSummary withOutOfPocketMaximum(BigDecimal outOfPocketMaximum) {
        return new BenefitSummary(deductible, outOfPocketMaximum, copay, coinsurancePercent, visitLimits);
    }

    public BenefitSummary withCopay(BigDecimal copay) {
        return new BenefitSummary(deductible, outOfPocketMaximum, copay, coinsurancePercent, visitLimits);
    }

    public BenefitSummary withCoinsurancePercent(int coinsurancePercent) {
        return new BenefitSummary(deductible, outOfPocketMaximum, copay, coinsurancePercent, visitLimits);
    }

    public BenefitSummary withVisitLimits(Map<String, Integer> visitLimits) {
        return new BenefitSummary(deductible, outOfPocketMaximum, copay, coinsurancePercent, visitLimits);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof BenefitSummary)) return false;
        BenefitSummary that = (BenefitSummary) o;
        return Objects.equals(deductible, that.deductible)
                && Objects.equals(outOfPocketMaximum, that.outOfPocketMaximum)
                && Objects.equals(copay, that.copay)
                && coinsurancePercent == that.coinsurancePercent
                && Objects.equals(visitLimits, that.visitLimits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(deductible, outOfPocketMaximum, copay, coinsurancePercent, visitLimits);
    }

    @Override
    public String toString() {
        return "BenefitSummary(deductible=" + deductible
                + ", outOfPocketMaximum=" + outOfPocketMaximum
                + ", copay=" + copay
                + ", coinsurancePercent=" + coinsurancePercent
                + ", visitLimits=" + visitLimits + ")";
    }
}
