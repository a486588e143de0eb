package net.claimsnet.storage.jpa.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import net.claimsnet.node.filing.FilingReservation;

import java.time.Instant;

/** A provider claim id taken by a filing; the primary key is what makes a second filing of it fail. */
@Entity
@Table(name = "filing_reservation")
@IdClass(FilingReservationKey.class)
public class FilingReservationEntity {

    @Id
    @Column(name = "provider", length = 300)
    private String provider;

    @Id
    @Column(name = "provider_claim_id", length = 100)
    private String providerClaimId;

    @Column(name = "details_hash", length = 64, nullable = false)
    private String detailsHash;

    @Column(name = "flow_id", length = 100, nullable = false)
    private String flowId;

    @Column(name = "reserved_at", nullable = false)
    private Instant reservedAt;

    protected FilingReservationEntity() {
    }

    /** @param hashedClaimId the provider's claim id as its keyed hash */
    public FilingReservationEntity(FilingReservation reservation, String hashedClaimId) {
        this.provider = reservation.provider();
        this.providerClaimId = hashedClaimId;
        this.detailsHash = reservation.detailsHash();
        this.flowId = reservation.flowId();
        this.reservedAt = reservation.reservedAt();
    }

    /** @param providerClaimId the claim id this row was found by (the row holds its hash) */
    public FilingReservation toReservation(String providerClaimId) {
        return new FilingReservation(provider, providerClaimId, detailsHash, flowId, reservedAt);
    }

    public String flowId() {
        return flowId;
    }
}
