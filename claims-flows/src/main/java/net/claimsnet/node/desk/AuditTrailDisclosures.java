package net.claimsnet.node.desk;

import net.claimsnet.flows.access.AuditorDisclosures;
import net.claimsnet.flows.claim.ClaimReadLog;
import net.claimsnet.flows.claim.EligibilityDisclosures;
import net.claimsnet.flows.claim.ReadLogRecord;
import net.claimsnet.flows.consent.MemberHistoryDisclosures;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.CordaX500Name;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the node discloses to other nodes, recorded in its audit trail: a claim's read log to the
 * network's auditor ({@link ClaimReadLog}), eligibility answers to providers ({@link EligibilityDisclosures}),
 * claims disclosed whole to the auditor under a grant ({@link AuditorDisclosures}) and members' histories to
 * providers they consented to ({@link MemberHistoryDisclosures}).
 */
public final class AuditTrailDisclosures implements ClaimReadLog, EligibilityDisclosures, AuditorDisclosures,
        MemberHistoryDisclosures {

    /** The actor of a disclosure: the node itself, answering the network. */
    static final String NODE_ACTOR = "node";
    /** The action of a member history disclosed to, or refused, a provider. */
    public static final String DISCLOSE_MEMBER_HISTORY = "DISCLOSE_MEMBER_HISTORY";

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

    /**
     * One row per claim disclosed, under the claim's ledger id, so that each claim's read log shows who outside
     * the node saw it and under which consent; one row under the consent when there was no claim to disclose.
     */
    @Override
    public void disclosed(String consentId, List<String> claimIds, CordaX500Name to) {
        String detail = "to " + to.getOrganisation() + " under consent " + consentId;
        if (claimIds.isEmpty()) {
            audit.record(NODE_ACTOR, DISCLOSE_MEMBER_HISTORY, consentId, ClaimAuditTrail.ALLOWED, "no claims, " + detail);
        }
        for (String claimId : claimIds) {
            audit.record(NODE_ACTOR, DISCLOSE_MEMBER_HISTORY, claimId, ClaimAuditTrail.ALLOWED, detail);
        }
    }

    /** Under no id: the refusal names no consent, and the trail names no member. */
    @Override
    public void refused(CordaX500Name to) {
        audit.record(NODE_ACTOR, DISCLOSE_MEMBER_HISTORY, null, ClaimAuditTrail.REFUSED, "no consent in force, to " + to.getOrganisation());
    }
}
