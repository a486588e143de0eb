package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

/** The claim-level outcome of an adjudication; it must agree with the line decisions. */
@CordaSerializable
public enum AdjudicationOutcome {
    APPROVED, PARTIALLY_APPROVED, DENIED
}
