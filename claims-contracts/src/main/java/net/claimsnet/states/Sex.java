package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

/** Administrative sex of the patient as submitted on the claim (U: unknown). */
@CordaSerializable
public enum Sex {
    F, M, U
}
