package net.claimsnet.rules.model;

/** X12 claim adjustment group codes: who carries an adjustment. */
public enum GroupCode {
    /** Contractual obligation: the provider writes it off. */
    CO,
    /** Patient responsibility: the member owes it. */
    PR,
    /** Other adjustment. */
    OA,
    /** Payer-initiated reduction. */
    PI
}
