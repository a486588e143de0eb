package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

/**
 * Where a claim stands in its lifecycle. Which transitions are allowed is the contract's business
 * ({@code net.claimsnet.contracts.ClaimContract}), not this enum's.
 */
@CordaSerializable
public enum ClaimStatus {
    SUBMITTED, PENDED, INFO_REQUESTED, INFO_PROVIDED, APPROVED, PARTIALLY_APPROVED, DENIED, SETTLED,
    APPEALED, VOIDED, REPLACED
}
