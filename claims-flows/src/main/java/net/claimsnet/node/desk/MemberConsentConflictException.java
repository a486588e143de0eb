package net.claimsnet.node.desk;

/** The consent action does not apply as things stand (withdrawn already, one in force already) or the ledger refused it; nothing was recorded. */
public final class MemberConsentConflictException extends ClaimDeskException {

    public MemberConsentConflictException(String reason) {
        super(reason);
    }
}
