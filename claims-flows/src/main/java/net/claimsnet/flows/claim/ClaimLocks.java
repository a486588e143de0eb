package net.claimsnet.flows.claim;

import net.corda.core.contracts.UniqueIdentifier;

/**
 * The soft lock a step on a claim holds while it runs, so that one step on a claim runs at a time on
 * this node: the flows take it, the desk reads who holds it before it starts a step.
 */
public final class ClaimLocks {

    private ClaimLocks() {
    }

    public static String stepOn(UniqueIdentifier claimId) {
        return "claim:" + claimId;
    }
}
