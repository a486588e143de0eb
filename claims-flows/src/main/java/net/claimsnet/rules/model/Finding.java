package net.claimsnet.rules.model;

/**
 * One scrub finding.
 *
 * @param severity  ERROR blocks submission; WARNING does not
 * @param fieldPath where on the claim, e.g. {@code serviceLines[2].procedureCode} (0-based like JSON paths)
 * @param rule      the name of the rule that found it
 * @param message   what is wrong and how to fix it, in a billing clerk's words
 */
public record Finding(Severity severity, String fieldPath, String rule, String message) {
}
