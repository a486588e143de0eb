package net.claimsnet.flows.claim;

import net.corda.core.identity.CordaX500Name;

/**
 * Port: the insurer's record of each eligibility answer it gave, to whom and about which coverage, as
 * the disclosure accounting of HIPAA 164.528 and the audit controls of 164.312(b) ask. Recorded before
 * the answer leaves the node.
 */
public interface EligibilityDisclosures {

    /**
     * @param coverageId the coverage disclosed (its ledger id), or null when the answer was "not covered"
     * @param to         the provider that asked
     */
    void answered(String coverageId, CordaX500Name to);
}
