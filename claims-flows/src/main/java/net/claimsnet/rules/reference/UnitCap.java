package net.claimsnet.rules.reference;

/**
 * A medically-unlikely-edit-like cap (config/reference/unit-caps.csv).
 *
 * @param procedureCode   the code
 * @param maxUnitsPerDay  most units one patient plausibly receives on one date
 * @param rationale       why, in words
 */
public record UnitCap(String procedureCode, int maxUnitsPerDay, String rationale) {
}
