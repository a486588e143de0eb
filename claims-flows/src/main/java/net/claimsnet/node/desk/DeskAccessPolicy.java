package net.claimsnet.node.desk;

import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.Node;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Who may do what at a node's desks, which claims they see, and what the audit trail records of it:
 * the one place the claim desk ({@link ClaimCommands}, {@link ClaimQueries}) and the {@link CoverageDesk}
 * ask. Each refusal is written to the trail before it is thrown, and each read before its data is
 * returned, so the trail misses nothing a user was shown or denied.
 *
 * <ul>
 *   <li><b>Roles</b>: each {@link DeskAction} names its {@link DeskAction.Grant}; a user without it,
 *   or on the wrong node, is denied ({@link DeskAccessDeniedException}).</li>
 *   <li><b>Scope</b>: a provider node's users see the claims it filed, an insurer's those filed with
 *   it, an auditor's those it observed; a claim out of scope is "not found", so that its existence
 *   does not leak ({@link ClaimNotFoundException}).</li>
 * </ul>
 */
final class DeskAccessPolicy {

    private final Node node;
    private final ClaimAuditTrail audit;

    DeskAccessPolicy(Node node, ClaimAuditTrail audit) {
        this.node = Objects.requireNonNull(node, "node");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    // ---- roles --------------------------------------------------------------------------------

    /** Lets the action through, or records it as DENIED and refuses it. */
    void require(DeskUser user, DeskAction action, String id) {
        if (!action.grant().allows(user, node.role())) {
            audit.record(user.name(), action.name(), id, ClaimAuditTrail.DENIED, deniedNote(action.grant()));
            throw new DeskAccessDeniedException(refusal(action));
        }
    }

    private static String deniedNote(DeskAction.Grant grant) {
        switch (grant) {
            case CLAIM_READER:
                return "no role that reads claims";
            case INSURER_ADMIN:
                return "needs NODE_ADMIN on an INSURER node";
            case COVERAGE_READER:
                return "needs NODE_ADMIN or ADJUSTER on an INSURER node";
            case GRANT_READER:
                return "needs NODE_ADMIN on an INSURER node or AUDITOR on the AUDITOR node";
            case INSURER_STAFF:
                return "needs NODE_ADMIN or ADJUSTER on an INSURER node";
            case CONSENT_READER:
                return "needs NODE_ADMIN or ADJUSTER on an INSURER node or BILLING on a PROVIDER node";
            default:
                return "needs " + onlyRoleOf(grant) + " on " + withArticle(grant.node().name()) + " node";
        }
    }

    private String refusal(DeskAction action) {
        DeskAction.Grant grant = action.grant();
        switch (grant) {
            case CLAIM_READER:
                return "Reading claims needs the BILLING, ADJUSTER or AUDITOR role";
            case INSURER_ADMIN:
                return "Only NODE_ADMIN users of an insurer node " + action.what() + "; this is " + withArticle(lowerCase(node.role())) + " node";
            case COVERAGE_READER:
                return "Coverages are read by NODE_ADMIN or ADJUSTER users of an insurer node; this is " + withArticle(lowerCase(node.role())) + " node";
            case INSURER_STAFF:
                return "Only NODE_ADMIN or ADJUSTER users of an insurer node " + action.what() + "; this is "
                        + withArticle(lowerCase(node.role())) + " node";
            case CONSENT_READER:
                return "Members' consents are read by NODE_ADMIN or ADJUSTER users of an insurer node and BILLING users of a"
                        + " provider node; this is " + withArticle(lowerCase(node.role())) + " node, and the user has neither role here";
            case GRANT_READER:
                return "Access grants are read by NODE_ADMIN users of an insurer node and AUDITOR users of the auditor's node;"
                        + " this is " + withArticle(lowerCase(node.role())) + " node, and the user has neither role here";
            default:
                return "Only " + onlyRoleOf(grant) + " users of " + withArticle(lowerCase(grant.node())) + " node " + action.what()
                        + "; this is " + withArticle(lowerCase(node.role())) + " node";
        }
    }

    /** "an insurer", "an AUDITOR", "a provider". */
    private static String withArticle(String word) {
        return ("AEIOUaeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static DeskRole onlyRoleOf(DeskAction.Grant grant) {
        return grant.roles().iterator().next();
    }

    private static String lowerCase(NodeRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    // ---- scope --------------------------------------------------------------------------------

    /** Whether this node's users may see the claim. */
    boolean inScope(ClaimState claim) {
        switch (node.role()) {
            case PROVIDER:
                return claim.getProvider().equals(node.identity());
            case INSURER:
                return claim.getInsurer().equals(node.identity());
            case AUDITOR:
                // The auditor holds exactly the claims an insurer's grant opened to it (the others only torn off).
                return true;
            default:
                return false;
        }
    }

    /**
     * The claim's current version in scope; an id that names none (or is no id at all) is recorded as
     * DENIED and is not found.
     */
    StateAndRef<ClaimState> claimInScope(DeskUser user, DeskAction action, String claimId) {
        Optional<StateAndRef<ClaimState>> found = ledgerId(claimId)
                .flatMap(id -> node.ledger().vault().latest(id, ClaimState.class))
                .filter(s -> inScope(s.getState().getData()));
        if (found.isEmpty()) {
            audit.record(user.name(), action.name(), claimId, ClaimAuditTrail.DENIED, "unknown or out of scope");
            throw new ClaimNotFoundException(claimId);
        }
        return found.get();
    }

    /** A desk's id of a claim, coverage or grant: its ledger (linear) id as a UUID; anything else names nothing. */
    static Optional<UniqueIdentifier> ledgerId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new UniqueIdentifier(null, UUID.fromString(id.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    // ---- the audit trail ----------------------------------------------------------------------

    /** Records a read or an action done; a read is recorded before its data is returned. */
    void recordAllowed(DeskUser user, DeskAction action, String id, String detail) {
        audit.record(user.name(), action.name(), id, ClaimAuditTrail.ALLOWED, detail);
    }

    /** Records one read of each claim, as a search does for the claims on the page it returns. */
    void recordAllowedEach(DeskUser user, DeskAction action, List<String> ids) {
        audit.recordEach(user.name(), action.name(), ids, ClaimAuditTrail.ALLOWED);
    }

    /** Records an action the rules or the ledger said no to; the detail holds no PHI. */
    void recordRefused(DeskUser user, DeskAction action, String id, String detail) {
        audit.record(user.name(), action.name(), id, ClaimAuditTrail.REFUSED, detail);
    }

    /** Records a request for something this node does not hold (a coverage id unknown here). */
    void recordUnknown(DeskUser user, DeskAction action, String id) {
        audit.record(user.name(), action.name(), id, ClaimAuditTrail.DENIED, "unknown");
    }

    /**
     * Runs an action's work and records how it failed: REFUSED when the ledger said no (the reason is
     * not recorded, it may name PHI), RUNNING when its flow outlived the wait. The caller records
     * success, as only it knows which id the result is recorded under.
     */
    <T> T attempt(DeskUser user, DeskAction action, String id, Supplier<T> work) {
        try {
            return work.get();
        } catch (ClaimConflictException | CoverageConflictException | MemberConsentConflictException e) {
            recordRefused(user, action, id, null);
            throw e;
        } catch (FlowStillRunningException e) {
            audit.record(user.name(), action.name(), id, ClaimAuditTrail.RUNNING, "flow " + e.flowId());
            throw e;
        }
    }

    /** The entries naming the claim, newest first (see {@link ClaimAuditTrail#entriesFor}). */
    List<ClaimAuditEntry> entriesFor(String claimId, int max) {
        return audit.entriesFor(claimId, max);
    }
}
