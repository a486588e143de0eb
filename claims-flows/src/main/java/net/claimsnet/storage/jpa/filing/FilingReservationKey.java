package net.claimsnet.storage.jpa.filing;

import java.io.Serializable;
import java.util.Objects;

/** A reservation's primary key: the provider and its claim id. */
public class FilingReservationKey implements Serializable {

    private static final long serialVersionUID = 1L;

    private String provider;
    private String providerClaimId;

    protected FilingReservationKey() {
    }

    public FilingReservationKey(String provider, String providerClaimId) {
        this.provider = provider;
        this.providerClaimId = providerClaimId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilingReservationKey that && Objects.equals(provider, that.provider)
                && Objects.equals(providerClaimId, that.providerClaimId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(provider, providerClaimId);
    }
}
