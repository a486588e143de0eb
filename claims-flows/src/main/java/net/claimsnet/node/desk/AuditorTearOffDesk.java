package net.claimsnet.node.desk;

import net.claimsnet.flows.access.AuditTearOffStore;
import net.claimsnet.flows.access.KeptFigures;
import net.claimsnet.node.Node;

import java.util.List;
import java.util.Objects;

/**
 * The auditor's view of the claims no grant opens to it: per claim, the figures the tear-offs it received
 * stated (status, amounts, parties, the transactions' ids), never a patient or a diagnosis. Only the
 * auditor's AUDITOR users read it ({@link DeskAction#READ_TEAR_OFFS}); each read is audited.
 */
public final class AuditorTearOffDesk {

    /** The most claims one list returns. */
    public static final int MAX_CLAIMS = 500;

    private final Node node;
    private final DeskAccessPolicy policy;

    public AuditorTearOffDesk(Node node, ClaimAuditTrail audit) {
        this.node = Objects.requireNonNull(node, "node");
        this.policy = new DeskAccessPolicy(node, audit);
    }

    /** Each claim's latest figures, the claims most recently moved first. */
    public List<KeptFigures> claims(DeskUser user, int max) {
        policy.require(user, DeskAction.READ_TEAR_OFFS, null);
        List<KeptFigures> claims = store().latestClaims(Math.max(1, Math.min(max, MAX_CLAIMS)));
        policy.recordAllowed(user, DeskAction.READ_TEAR_OFFS, null, claims.size() + " claims");
        return claims;
    }

    /** One claim's figures transaction by transaction, oldest first; a claim the auditor knows nothing of is not found. */
    public List<KeptFigures> history(DeskUser user, String claimId) {
        policy.require(user, DeskAction.READ_TEAR_OFFS, claimId);
        List<KeptFigures> history = DeskAccessPolicy.ledgerId(claimId).map(id -> store().history(id)).orElse(List.of());
        if (history.isEmpty()) {
            policy.recordUnknown(user, DeskAction.READ_TEAR_OFFS, claimId);
            throw new ClaimNotFoundException(claimId);
        }
        policy.recordAllowed(user, DeskAction.READ_TEAR_OFFS, history.get(0).figures().getClaimId().getId().toString(), null);
        return history;
    }

    private AuditTearOffStore store() {
        return node.services().service(AuditTearOffStore.class);
    }
}
