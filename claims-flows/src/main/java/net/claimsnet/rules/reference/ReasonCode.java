package net.claimsnet.rules.reference;

/**
 * An X12 reason or remark code with the words billing staff see (config/reference/reason-codes.csv).
 *
 * @param type        CARC (claim adjustment reason code) or RARC (remittance advice remark code)
 * @param code        the code, e.g. "45" or "N130"
 * @param description the meaning, in plain words
 */
public record ReasonCode(String type, String code, String description) {
}
