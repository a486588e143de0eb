package net.claimsnet.rules.model;

import java.math.BigDecimal;

/**
 * One line adjustment as in an 835 CAS segment, as the rules decided it and with its reason in words
 * for billing staff (the ledger's {@code Adjustment} carries the codes and the amount only).
 *
 * @param group       who carries it (CO, PR, OA, PI)
 * @param carc        claim adjustment reason code, e.g. "45"
 * @param rarc        remittance advice remark code, e.g. "N130", or null
 * @param amount      the amount adjusted, positive, two decimals
 * @param description the reason in words, from config/reference/reason-codes.csv
 */
public record ExplainedAdjustment(GroupCode group, String carc, String rarc, BigDecimal amount, String description) {

    /** The code as billing staff read it: "CO-45", or "CO-16/M51" with a remark. */
    public String code() {
        return group + "-" + carc + (rarc == null ? "" : "/" + rarc);
    }
}
