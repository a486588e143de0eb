package net.claimsnet.ledger;

/** A name or key that is not on the signed network map. */
public class UnknownPartyException extends LedgerException {
    public UnknownPartyException(String what) {
        super(null, what + " is not on the network map");
    }
}
