package net.claimsnet.node.desk;

/**
 * The insurer refused a member's history to this provider: it holds no consent of that member for it in force.
 * A refusal of the member's, not of the user's role: the message says whose consent is missing.
 */
public final class MemberHistoryRefusedException extends ClaimDeskException {

    public MemberHistoryRefusedException(String reason) {
        super(reason);
    }
}
