package net.claimsnet.node.desk;

import net.claimsnet.flows.access.AuditorDisclosures;
import net.claimsnet.flows.claim.ClaimReadLog;
import net.claimsnet.flows.claim.EligibilityDisclosures;
import net.claimsnet.flows.claim.ReadLogRecord;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.CordaX500Name;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the node discloses to other nodes, recorded in its audit trail: a claim's read log to the
 * network's auditor ({@link ClaimReadLog}), eligibility answers to providers ({@link EligibilityDisclosures}) and
 * claims disclosed whole to the auditor under a grant ({@link AuditorDisclosures}).
 */
public final class AuditTrailDisclosures implements ClaimReadLog, EligibilityDisclosures, AuditorDisclosures {

    /** The actor of a disclosure: the node itself, answering the network. */
    static final String NODE_ACTOR = "node";

    private final ClaimAuditTrail audit;

    public AuditTrailDisclosures(ClaimAuditTrail audit) {
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public List<ReadLogRecord> disclose(String claimId, CordaX500Name to, int max) {
        audit.record(NODE_ACTOR, "DISCLOSE_READ_LOG", claimId, ClaimAuditTrail.ALLOWED, "to " + to.getOrganisation());
        return audit.entriesFor(claimId, max).stream()
                .map(e -> new ReadLogRecord(e.at(), e.actor(), e.action(), e.outcome()))
                .collect(Collectors.toList());
    }

    /** Recorded under the coverage's ledger id (no member id in the trail), or none when not covered. */
    @Override
    public void answered(String coverageId, CordaX500Name to) {
        audit.record(NODE_ACTOR, "DISCLOSE_ELIGIBILITY", coverageId, ClaimAuditTrail.ALLOWED,
                (coverageId == null ? "not covered, " : "") + "to " + to.getOrganisation());
    }

    /** Recorded under the claim's ledger id, naming the grant that opened it. */
    @Override
    public void disclosedToAuditor(UniqueIdentifier claimId, UniqueIdentifier grantId, CordaX500Name auditor) {
        audit.record(NODE_ACTOR, "DISCLOSE_TO_AUDITOR", claimId.getId().toString(), ClaimAuditTrail.ALLOWED,
                "to " + auditor.getOrganisation() + " under grant " + grantId.getId());
    }
}
