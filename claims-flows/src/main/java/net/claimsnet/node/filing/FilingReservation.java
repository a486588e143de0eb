package net.claimsnet.node.filing;

import java.time.Instant;
import java.util.Objects;

/**
 * A provider's claim id taken by one filing: the fingerprint of the details filed under it and the
 * flow that files them. Written in the flow's first checkpoint transaction, so it exists exactly when
 * that flow does.
 *
 * @param provider        the filing node's legal name (the provider the claim id belongs to)
 * @param providerClaimId the claim id the provider gave the claim (ClaimDetails.claimId)
 * @param detailsHash     {@link FilingFingerprint#of} the details filed
 * @param flowId          the submission flow that files them
 * @param reservedAt      when the filing started
 */
public record FilingReservation(String provider, String providerClaimId, String detailsHash, String flowId,
                                Instant reservedAt) {

    public FilingReservation {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(providerClaimId, "providerClaimId");
        Objects.requireNonNull(detailsHash, "detailsHash");
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(reservedAt, "reservedAt");
    }

    /** Whether the details filed now are those this reservation was made for. */
    public boolean sameDetails(String otherDetailsHash) {
        return detailsHash.equals(otherDetailsHash);
    }
}
