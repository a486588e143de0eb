package net.claimsnet.node.desk;

/** No member consent of this node by that id. */
public final class MemberConsentNotFoundException extends ClaimDeskException {

    public MemberConsentNotFoundException(String consentId) {
        super("No member consent " + consentId + " on this node");
    }
}
