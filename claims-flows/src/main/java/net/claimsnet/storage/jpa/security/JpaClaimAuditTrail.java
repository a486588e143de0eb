package net.claimsnet.storage.jpa.security;

import net.claimsnet.node.desk.ClaimAuditEntry;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.storage.jpa.DatabaseTransactions;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The claim desk's audit trail in the audit_log table. It joins the caller's transaction when there
 * is one, so under JTA an audit entry and the work it records commit or roll back together.
 */
public final class JpaClaimAuditTrail implements ClaimAuditTrail {

    /** The resource type claim entries carry. */
    public static final String CLAIM = "Claim";
    /** The resource type the coverage desk's entries carry (they name coverages by ledger id). */
    public static final String COVERAGE = "Coverage";

    private static final int MAX_DETAIL = 1000;

    private final DatabaseTransactions transactions;
    private final Clock clock;
    private final String resourceType;

    public JpaClaimAuditTrail(DatabaseTransactions transactions, Clock clock) {
        this(transactions, clock, CLAIM);
    }

    /** @param resourceType what the entries' ids name: {@link #CLAIM} or {@link #COVERAGE} */
    public JpaClaimAuditTrail(DatabaseTransactions transactions, Clock clock, String resourceType) {
        this.transactions = transactions;
        this.clock = clock;
        this.resourceType = resourceType;
    }

    @Override
    public void record(String actor, String action, String claimId, String outcome, String detail) {
        String shortDetail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        transactions.run(em -> em.persist(new AuditLogEntity(clock.instant(), actor, action, resourceType, claimId, outcome,
                shortDetail)));
    }

    @Override
    public void recordEach(String actor, String action, List<String> claimIds, String outcome) {
        if (claimIds.isEmpty()) {
            return;
        }
        transactions.run(em -> {
            for (String claimId : claimIds) {
                em.persist(new AuditLogEntity(clock.instant(), actor, action, resourceType, claimId, outcome, null));
            }
        });
    }

    @Override
    public List<ClaimAuditEntry> entriesFor(String claimId, int max) {
        return transactions.inTransaction(em -> em.createNamedQuery(AuditLogEntity.BY_RESOURCE_NEWEST_FIRST, AuditLogEntity.class)
                .setParameter("type", resourceType)
                .setParameter("id", claimId)
                .setMaxResults(max)
                .getResultList().stream()
                .map(row -> new ClaimAuditEntry(row.occurredAt(), row.actor(), row.action(), row.resourceId(), row.outcome(),
                        row.detail()))
                .collect(Collectors.toList()));
    }
}
