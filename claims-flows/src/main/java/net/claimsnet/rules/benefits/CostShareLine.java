package net.claimsnet.rules.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A priced line waiting for cost sharing.
 *
 * @param allowed        the allowed amount
 * @param terms          deductible, copay and coinsurance terms
 * @param category       the service category (for visits and benefit maximums)
 * @param dateOfService  the date (a category on a date is one visit)
 * @param annualMaximum  the category's yearly plan-paid maximum, or null
 */
public record CostShareLine(BigDecimal allowed, CostShareTerms terms, String category, LocalDate dateOfService,
                            BigDecimal annualMaximum) {
}
