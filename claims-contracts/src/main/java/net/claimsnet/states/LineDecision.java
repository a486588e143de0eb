package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

/** The decision on one service line. */
@CordaSerializable
public enum LineDecision {
    APPROVED, REDUCED, DENIED
}
