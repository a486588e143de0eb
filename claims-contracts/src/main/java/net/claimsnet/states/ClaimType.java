package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

/** Claim type (X12 837P professional, 837I institutional). */
@CordaSerializable
public enum ClaimType {
    PROFESSIONAL, INSTITUTIONAL
}
