package net.claimsnet.node.desk;

import net.claimsnet.node.audit.AuditChainStore;
import net.claimsnet.node.audit.AuditEvent;
import net.claimsnet.node.audit.AuditRow;
import net.claimsnet.node.audit.InMemoryAuditChainStore;
import net.claimsnet.node.audit.NodeAuditLog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail in memory, for in-JVM networks and tests, chained as the node's audit_log is (each
 * row's hash over its fields and the previous row's hash), appended under this object's lock instead
 * of by an appender thread, so that a deterministic test stays on one thread. A server writes the
 * audit_log table through {@link NodeAuditLog} instead.
 */
public final class InMemoryClaimAuditTrail implements ClaimAuditTrail {

    /** One entry, as the database row holds it. */
    public record Entry(java.time.Instant at, String actor, String action, String claimId, String outcome, String detail) {
    }

    private final Clock clock;
    private final InMemoryAuditChainStore chain = new InMemoryAuditChainStore();

    public InMemoryClaimAuditTrail(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void record(String actor, String action, String claimId, String outcome, String detail) {
        AuditEvent event = new AuditEvent(clock.instant(), actor, action, NodeAuditLog.CLAIM, claimId, outcome, detail);
        chain.append(List.of(AuditRow.after(chain.head(), event)));
    }

    public synchronized List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (AuditRow row : chain.rows()) {
            AuditEvent e = row.event();
            entries.add(new Entry(e.at(), e.actor(), e.action(), e.resourceId(), e.outcome(), e.detail()));
        }
        return entries;
    }

    /** The chained rows, for a check of the chain. */
    public AuditChainStore chain() {
        return chain;
    }

    @Override
    public List<ClaimAuditEntry> entriesFor(String claimId, int max) {
        return chain.entriesFor(NodeAuditLog.CLAIM, claimId, max);
    }
}
