package net.claimsnet.node.desk;

import net.claimsnet.flows.claim.ClaimReadLog;
import net.claimsnet.flows.claim.ReadLogRecord;
import net.corda.core.identity.CordaX500Name;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The node's audit trail as {@link ClaimReadLog}: what the read-log flow discloses to the auditor, and the disclosure recorded. */
public final class AuditTrailReadLog implements ClaimReadLog {

    /** The actor of a disclosure: the node itself, answering the network. */
    static final String NODE_ACTOR = "node";

    private final ClaimAuditTrail audit;

    public AuditTrailReadLog(ClaimAuditTrail audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public List<ReadLogRecord> disclose(String claimId, CordaX500Name to, int max) {
        audit.record(NODE_ACTOR, "DISCLOSE_READ_LOG", claimId, ClaimAuditTrail.ALLOWED, "to " + to.getOrganisation());
        return audit.entriesFor(claimId, max).stream()
                .map(e -> new ReadLogRecord(e.at(), e.actor(), e.action(), e.outcome()))
                .collect(Collectors.toList());
    }
}
