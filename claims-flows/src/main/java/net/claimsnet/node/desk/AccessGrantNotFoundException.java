package net.claimsnet.node.desk;

/** No access grant of this node by that id. */
public final class AccessGrantNotFoundException extends ClaimDeskException {

    public AccessGrantNotFoundException(String grantId) {
        super("No access grant " + grantId + " on this node");
    }
}
