package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

/** What the claim asks for: payment, a preauthorization or a predetermination (FHIR Claim.use). */
@CordaSerializable
public enum ClaimUse {
    CLAIM, PREAUTHORIZATION, PREDETERMINATION
}
