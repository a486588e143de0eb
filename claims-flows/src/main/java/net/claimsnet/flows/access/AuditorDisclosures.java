package net.claimsnet.flows.access;

import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.CordaX500Name;

/**
 * Port: the insurer's record of each claim it disclosed whole to the auditor and under which grant,
 * as the disclosure accounting of HIPAA 164.528 asks. Recorded before the transaction leaves the node.
 */
public interface AuditorDisclosures {

    void disclosedToAuditor(UniqueIdentifier claimId, UniqueIdentifier grantId, CordaX500Name auditor);
}
