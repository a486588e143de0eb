package net.claimsnet.flows.audit;

import net.corda.core.identity.CordaX500Name;

import java.util.List;

/**
 * Port: signed audit heads by node. A node keeps its own heads here; the auditor keeps every node's
 * heads it received. Keeping a head twice keeps it once.
 */
public interface AuditHeadStore {

    void keep(SignedAuditHead head);

    /** The node's heads, newest (highest row number) first, at most {@code max}. */
    List<SignedAuditHead> newest(CordaX500Name node, int max);
}
