package net.claimsnet.flows.consent;

import net.corda.core.identity.CordaX500Name;

import java.util.List;

/**
 * Port: the insurer's record of each member history it disclosed to a provider, and each it refused, as the
 * disclosure accounting of HIPAA 164.528 asks. Recorded before the answer leaves the node.
 */
public interface MemberHistoryDisclosures {

    /**
     * @param consentId the consent the history was disclosed under (its ledger id)
     * @param claimIds  the claims disclosed (their ledger ids); may be empty
     * @param to        the provider that asked
     */
    void disclosed(String consentId, List<String> claimIds, CordaX500Name to);

    /** A question answered with a refusal (no consent in force); names no member. */
    void refused(CordaX500Name to);
}
