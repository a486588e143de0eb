package net.claimsnet.rules.model;

/** What became of a service line. */
public enum LineDecision {
    /** Priced and paid per the fee schedule and the member's cost sharing (which may leave nothing to pay). */
    APPROVED,
    /** Paid less than the benefits would give, because a benefit maximum was reached part way. */
    REDUCED,
    /** Nothing paid, for the reason in its adjustment. */
    DENIED,
    /** Waiting for an adjuster; nothing paid yet (OA-133). */
    PENDED
}
