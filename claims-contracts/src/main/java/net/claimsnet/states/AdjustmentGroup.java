package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

/** X12 claim adjustment group codes: who bears an adjusted amount. */
@CordaSerializable
public enum AdjustmentGroup {
    /** Contractual obligation: the provider writes it off. */
    CO,
    /** Patient responsibility: deductible, coinsurance, copay. */
    PR,
    /** Other adjustment. */
    OA,
    /** Payer-initiated reduction. */
    PI
}
