package net.claimsnet.node.filing;

/** A filing could not reserve its claim id: another filing of the same provider holds it. */
public final class ClaimIdTakenException extends RuntimeException {

    private final String providerClaimId;

    public ClaimIdTakenException(String providerClaimId, Throwable cause) {
        super("Claim id " + providerClaimId + " is taken by another filing", cause);
        this.providerClaimId = providerClaimId;
    }

    public String providerClaimId() {
        return providerClaimId;
    }
}
