package net.claimsnet.rules.benefits;

import java.math.BigDecimal;

/**
 * The split of one line's allowed amount: allowed = deductible + copay + coinsurance + overBenefitMaximum + paid.
 *
 * @param deductible         member pays, PR-1
 * @param copay              member pays, PR-3
 * @param coinsurance        member pays, PR-2
 * @param overBenefitMaximum member pays because the category's benefit maximum was reached, PR-119
 * @param paid               the plan pays
 */
public record CostShare(BigDecimal deductible, BigDecimal copay, BigDecimal coinsurance,
                        BigDecimal overBenefitMaximum, BigDecimal paid) {

    /** What counts toward the out-of-pocket maximum. */
    public BigDecimal memberCostShare() {
        return deductible.add(copay).add(coinsurance);
    }

    public boolean limitedByBenefitMaximum() {
        return overBenefitMaximum.signum() > 0;
    }
}
