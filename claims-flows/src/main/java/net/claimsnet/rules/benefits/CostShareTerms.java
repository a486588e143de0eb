package net.claimsnet.rules.benefits;

import net.claimsnet.rules.model.Money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one line shares cost, as decided by the cost-sharing rules.
 *
 * @param deductibleApplies whether the plan's deductible is taken from this line first
 * @param copay             fixed member amount for the visit the line belongs to (zero for none)
 * @param coinsurancePct    member's percentage of what remains after deductible and copay
 */
public record CostShareTerms(boolean deductibleApplies, BigDecimal copay, BigDecimal coinsurancePct) {

    /** Nothing for the member to pay (e.g. in-network preventive care). */
    public static final CostShareTerms NONE = new CostShareTerms(false, Money.ZERO, BigDecimal.ZERO);

    public CostShareTerms {
        copay = Money.cents(Objects.requireNonNull(copay, "copay"));
        Objects.requireNonNull(coinsurancePct, "coinsurancePct");
    }
}
