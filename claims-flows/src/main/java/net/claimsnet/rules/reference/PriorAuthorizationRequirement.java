package net.claimsnet.rules.reference;

/**
 * A service that needs the payer's authorization in advance (config/reference/prior-authorization.csv).
 *
 * @param procedureCode the code
 * @param planId        the plan it applies to, or "*" for every plan
 * @param rationale     why, in words
 */
public record PriorAuthorizationRequirement(String procedureCode, String planId, String rationale) {

    public static final String ALL_PLANS = "*";
}
