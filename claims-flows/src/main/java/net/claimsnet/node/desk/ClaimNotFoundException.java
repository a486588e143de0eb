package net.claimsnet.node.desk;

/** No claim of that id in the caller's scope (a claim out of scope is not found, so its existence does not leak). */
public final class ClaimNotFoundException extends ClaimDeskException {

    public ClaimNotFoundException(String claimId) {
        super("No claim " + claimId + " on this node");
    }
}
