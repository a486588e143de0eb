package net.claimsnet.rules.reference;

/**
 * An NCCI-like procedure-to-procedure edit (config/reference/procedure-pair-edits.csv): on the same
 * date, column 2 is part of column 1 and is not paid separately.
 *
 * @param column1Code      the comprehensive procedure
 * @param column2Code      the component procedure
 * @param modifierAllowed  whether a distinct-service modifier on column 2 lifts the edit
 * @param rationale        why the pair is edited, in words
 */
public record ProcedurePairEdit(String column1Code, String column2Code, boolean modifierAllowed, String rationale) {
}
