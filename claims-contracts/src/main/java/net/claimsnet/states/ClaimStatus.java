package net.claimsnet.states;

import net.corda.core.serialization.CordaSerializable;

/**
 * Where a claim stands in its lifecycle. Which command may follow which status is
 * {@code net.claimsnet.contracts.ClaimLifecycle}'s business, not this enum's.
 */
@CordaSerializable
public enum ClaimStatus {
    SUBMITTED, PENDED, INFO_REQUESTED, INFO_PROVIDED, APPROVED, PARTIALLY_APPROVED, DENIED, SETTLED,
    APPEALED, VOIDED, REPLACED
}
