package net.claimsnet.storage.jpa.security;

import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.storage.jpa.DatabaseTransactions;

import java.time.Clock;

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
}
