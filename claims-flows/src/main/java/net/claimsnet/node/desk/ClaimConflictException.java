package net.claimsnet.node.desk;

/**
 * The action does not apply to the claim as it stands (settling a denied claim), or the ledger refused
 * it (a contract rule, a counterparty's refusal, the notary); nothing was recorded.
 */
public final class ClaimConflictException extends ClaimDeskException {

    public ClaimConflictException(String reason) {
        super(reason);
    }
}
