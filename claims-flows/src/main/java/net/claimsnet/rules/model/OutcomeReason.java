package net.claimsnet.rules.model;

/**
 * Why a claim ended as it did.
 *
 * @param code    an adjustment code such as "CO-27", or "REVIEW" for a pend
 * @param message the reason in words
 */
public record OutcomeReason(String code, String message) {
}
