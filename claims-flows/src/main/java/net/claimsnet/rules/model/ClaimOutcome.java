package net.claimsnet.rules.model;

/** The claim-level decision, as recorded on the ledger. */
public enum ClaimOutcome {
    APPROVED,
    PARTIALLY_APPROVED,
    DENIED,
    /** Waiting for an adjuster; amounts and accumulators in the result are provisional. */
    PENDED
}
