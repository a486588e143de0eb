package net.claimsnet.node.desk;

/** The user's roles, or this node's role, do not allow the action. */
public final class DeskAccessDeniedException extends ClaimDeskException {

    public DeskAccessDeniedException(String reason) {
        super(reason);
    }
}
