package net.claimsnet.rules.reference;

import java.math.BigDecimal;

/**
 * A health plan's plan-level terms (config/reference/plans.csv).
 *
 * @param planId                      plan id as on the member's card and coverage
 * @param payerId                     the insurer offering the plan
 * @param name                        marketing name
 * @param feeScheduleId               the fee schedule that prices in-network care
 * @param deductible                  yearly deductible
 * @param outOfPocketMax              yearly out-of-pocket maximum (deductible + copays + coinsurance)
 * @param coinsuranceInNetworkPct     member's coinsurance share in network, percent
 * @param coinsuranceOutOfNetworkPct  member's coinsurance share out of network, percent
 * @param outOfNetworkCovered         whether the plan pays for non-emergency out-of-network care
 * @param outOfNetworkAllowedPct      out-of-network allowed amount as a percent of the fee schedule
 * @param timelyFilingDays            days after the date of service within which a claim must arrive
 * @param pendClaimChargeOver         claims with a total charge above this go to an adjuster
 * @param pendLineChargeOver          lines with a charge above this go to an adjuster
 */
public record Plan(
        String planId,
        String payerId,
        String name,
        String feeScheduleId,
        BigDecimal deductible,
        BigDecimal outOfPocketMax,
        BigDecimal coinsuranceInNetworkPct,
        BigDecimal coinsuranceOutOfNetworkPct,
        boolean outOfNetworkCovered,
        BigDecimal outOfNetworkAllowedPct,
        int timelyFilingDays,
        BigDecimal pendClaimChargeOver,
        BigDecimal pendLineChargeOver) {
}
