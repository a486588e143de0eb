package net.claimsnet.ledger;

import net.corda.core.crypto.SecureHash;

/** A state's contract, run by Corda's verification, refused the transaction. */
public class ContractRejectionException extends LedgerException {

    private final String requirement;

    public ContractRejectionException(SecureHash transactionId, String requirement, Throwable cause) {
        super(transactionId, "contract rejected it: " + requirement, cause);
        this.requirement = requirement;
    }

    /** The contract's own words, without Corda's "Failed requirement: " prefix. */
    public String getRequirement() {
        return requirement;
    }
}
