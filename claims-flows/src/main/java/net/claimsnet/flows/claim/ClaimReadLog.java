package net.claimsnet.flows.claim;

import net.corda.core.identity.CordaX500Name;

import java.util.List;

/**
 * Port: a node's record of who did what with a claim (its audit trail), as {@link ReadLogFlow} discloses
 * it to the network's auditor. The disclosure is itself recorded before the log is read.
 */
public interface ClaimReadLog {

    /**
     * Records that the log of the claim is disclosed to the given party, then returns its most recent
     * entries, newest first.
     *
     * @param claimId the claim's ledger id
     * @param max     how many entries at most
     */
    List<ReadLogRecord> disclose(String claimId, CordaX500Name to, int max);
}
