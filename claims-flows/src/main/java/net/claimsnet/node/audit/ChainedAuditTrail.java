package net.claimsnet.node.audit;

import net.claimsnet.node.desk.ClaimAuditEntry;
import net.claimsnet.node.desk.ClaimAuditTrail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The desks' audit trail over the node's chained log: entries of one resource type (claims or
 * coverages). A search's rows for the claims on its page go in one commit with whatever other requests
 * recorded meanwhile, and the call returns once they are committed: the page is answered after its reads are logged.
 */
final class ChainedAuditTrail implements ClaimAuditTrail {

    private final NodeAuditLog log;
    private final String resourceType;

    ChainedAuditTrail(NodeAuditLog log, String resourceType) {
        this.log = Objects.requireNonNull(log, "log");
        this.resourceType = Objects.requireNonNull(resourceType, "resourceType");
    }

    @Override
    public void record(String actor, String action, String claimId, String outcome, String detail) {
        log.record(actor, action, resourceType, claimId, outcome, detail);
    }

    @Override
    public void recordEach(String actor, String action, List<String> claimIds, String outcome) {
        if (claimIds.isEmpty()) {
            return;
        }
        java.time.Instant now = log.clock().instant();
        List<AuditEvent> events = new ArrayList<>(claimIds.size());
        for (String claimId : claimIds) {
            events.add(new AuditEvent(now, actor, action, resourceType, claimId, outcome, null));
        }
        log.record(events);
    }

    @Override
    public List<ClaimAuditEntry> entriesFor(String claimId, int max) {
        return log.entriesFor(resourceType, claimId, max);
    }
}
