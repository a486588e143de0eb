package net.claimsnet.node.desk;

/** The grant action does not apply as things stand (the grant is revoked already) or the ledger refused it; nothing was recorded. */
public final class AccessGrantConflictException extends ClaimDeskException {

    public AccessGrantConflictException(String reason) {
        super(reason);
    }
}
