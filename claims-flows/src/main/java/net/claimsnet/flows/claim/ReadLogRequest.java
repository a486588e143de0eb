package net.claimsnet.flows.claim;

import net.corda.core.serialization.CordaSerializable;

/** The auditor asks a party of a claim for its read log of the claim (by the claim's ledger id). */
@CordaSerializable
public final class ReadLogRequest {

    private final String claimId;

    public ReadLogRequest(String claimId) {
        this.claimId = claimId;
    }

    public String getClaimId() {
        return claimId;
    }
}
