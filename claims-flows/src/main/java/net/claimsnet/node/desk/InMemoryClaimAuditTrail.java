package net.claimsnet.node.desk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The audit trail in memory, for in-JVM networks and tests; a server writes the audit_log table instead. */
public final class InMemoryClaimAuditTrail implements ClaimAuditTrail {

    /** One entry, as the database row holds it. */
    public record Entry(Instant at, String actor, String action, String claimId, String outcome, String detail) {
    }

    private final Clock clock;
    private final List<Entry> entries = new ArrayList<>();

    public InMemoryClaimAuditTrail(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void record(String actor, String action, String claimId, String outcome, String detail) {
        entries.add(new Entry(clock.instant(), actor, action, claimId, outcome, detail));
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public synchronized List<ClaimAuditEntry> entriesFor(String claimId, int max) {
        List<ClaimAuditEntry> found = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && found.size() < max; i--) {
            Entry entry = entries.get(i);
            if (Objects.equals(entry.claimId(), claimId)) {
                found.add(new ClaimAuditEntry(entry.at(), entry.actor(), entry.action(), entry.claimId(), entry.outcome(),
                        entry.detail()));
            }
        }
        return found;
    }
}
