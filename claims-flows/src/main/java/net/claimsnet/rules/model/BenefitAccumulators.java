package net.claimsnet.rules.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a member has used of the plan year's benefits: the insurer's accumulator, before or after a claim.
 *
 * @param planYear        the plan year these amounts belong to
 * @param deductibleMet   deductible paid by the member so far
 * @param outOfPocketMet  deductible, copays and coinsurance paid by the member so far
 * @param visitsUsed      visits used per service category (a visit is one category on one date)
 * @param benefitPaid     amount the plan has paid per service category, for categories with a dollar maximum
 */
public record BenefitAccumulators(
        int planYear,
        BigDecimal deductibleMet,
        BigDecimal outOfPocketMet,
        Map<String, Integer> visitsUsed,
        Map<String, BigDecimal> benefitPaid) {

    public BenefitAccumulators {
        deductibleMet = Money.cents(deductibleMet == null ? BigDecimal.ZERO : deductibleMet);
        outOfPocketMet = Money.cents(outOfPocketMet == null ? BigDecimal.ZERO : outOfPocketMet);
        // Sorted copies, so that two equal accumulators print and compare the same way.
        visitsUsed = visitsUsed == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(visitsUsed));
        benefitPaid = benefitPaid == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(benefitPaid));
    }

    public static BenefitAccumulators empty(int planYear) {
        return new BenefitAccumulators(planYear, Money.ZERO, Money.ZERO, Map.of(), Map.of());
    }

    public int visitsUsed(String category) {
        return visitsUsed.getOrDefault(category, 0);
    }

    public BigDecimal benefitPaid(String category) {
        return benefitPaid.getOrDefault(category, Money.ZERO);
    }
}
