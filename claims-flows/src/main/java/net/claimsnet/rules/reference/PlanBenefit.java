package net.claimsnet.rules.reference;

import java.math.BigDecimal;

/**
 * How a plan covers one service category (config/reference/plan-benefits.csv). A category without a
 * row is not covered.
 *
 * @param planId             the plan
 * @param category           service category, as in procedure-codes.csv
 * @param covered            whether the plan pays for the category at all
 * @param deductibleApplies  whether the deductible applies before the plan pays
 * @param copay              fixed member amount per visit (one category on one date) in network; zero for none
 * @param coinsuranceApplies whether the plan's coinsurance percentage applies after deductible and copay
 * @param visitLimit         visits per plan year (one category on one date is one visit); 0 for no limit
 * @param annualMaximum      the most the plan pays for the category in a plan year; null for no limit
 */
public record PlanBenefit(
        String planId,
        String category,
        boolean covered,
        boolean deductibleApplies,
        BigDecimal copay,
        boolean coinsuranceApplies,
        int visitLimit,
        BigDecimal annualMaximum) {

    public boolean hasVisitLimit() {
        return visitLimit > 0;
    }

    public boolean hasAnnualMaximum() {
        return annualMaximum != null;
    }
}
