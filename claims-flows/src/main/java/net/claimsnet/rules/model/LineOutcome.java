package net.claimsnet.rules.model;

/**
 * What the rules made of a service line. Not the ledger's {@code LineDecision}: a line can be pended
 * here, and REDUCED means a benefit maximum was reached part way, where the contract calls any
 * reduction other than the fee schedule's and the member's share REDUCED; the flows translate.
 */
public enum LineOutcome {
    /** Priced and paid per the fee schedule and the member's cost sharing (which may leave nothing to pay). */
    APPROVED,
    /** Paid less than the benefits would give, because a benefit maximum was reached part way. */
    REDUCED,
    /** Nothing paid, for the reason in its adjustment. */
    DENIED,
    /** Waiting for an adjuster; nothing paid yet (OA-133). */
    PENDED
}
