package net.claimsnet.node.desk;

import net.claimsnet.contracts.AccessGrantContract;
import net.claimsnet.flows.access.GrantAccessFlow;
import net.claimsnet.flows.access.RevokeAccessFlow;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.node.Node;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.transactions.SignedTransaction;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The insurer's grants of access to the auditor, and the auditor's view of the grants it holds.
 *
 * <ul>
 *   <li><b>Who</b>: on an insurer node, its NODE_ADMIN grants and revokes (the privacy officer's job, not an
 *   adjuster's); the grants are read there by NODE_ADMIN and on the auditor's node by its AUDITOR users
 *   ({@link DeskAction#GRANT_ACCESS}, {@link DeskAction#REVOKE_ACCESS}, {@link DeskAction#READ_GRANTS}).</li>
 *   <li><b>Checks first</b>: scope, purpose and expiry are checked here with the contract's bounds (400
 *   naming the field) before a flow starts; a revoked grant is a 409.</li>
 *   <li><b>Audit</b>: each action and each grant read is recorded under the grant's ledger id.</li>
 * </ul>
 */
public final class AccessGrantDesk {

    private static final Comparator<AccessGrantState> NEWEST_FIRST =
            Comparator.comparing(AccessGrantState::getIssuedAt).reversed().thenComparing(g -> g.getLinearId().getId());

    private final Node node;
    private final DeskAccessPolicy policy;
    private final FlowCompletion completion;

    public AccessGrantDesk(Node node, ClaimAuditTrail audit, FlowCompletion completion) {
        this.node = Objects.requireNonNull(node, "node");
        this.policy = new DeskAccessPolicy(node, audit);
        this.completion = Objects.requireNonNull(completion, "completion");
    }

    /** Grants the network's auditor access to the claims in scope, from now until {@code expiresAt}. */
    public AccessGrantState grant(DeskUser user, AccessScope scope, String purpose, Instant expiresAt) {
        policy.require(user, DeskAction.GRANT_ACCESS, null);
        if (scope == null || !scope.isWellFormed()) {
            throw new InvalidDeskInputException("scope", "The scope must name a provider, a member or a claim,"
                    + " or give a range of service dates whose start is not after its end");
        }
        String why = text(purpose, "purpose", AccessGrantContract.LONGEST_PURPOSE);
        Instant now = node.services().clock().instant();
        if (expiresAt == null || !expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(AccessGrantContract.LONGEST_GRANT))) {
            throw new InvalidDeskInputException("expiresAt", "expiresAt must be after now and at most "
                    + AccessGrantContract.LONGEST_GRANT.toDays() + " days from now; was " + expiresAt);
        }
        AccessGrantState grant = outputOf(policy.attempt(user, DeskAction.GRANT_ACCESS, null,
                () -> run(new GrantAccessFlow.Initiator(scope, why, expiresAt))));
        policy.recordAllowed(user, DeskAction.GRANT_ACCESS, idOf(grant), scope.getKind().name());
        return grant;
    }

    /** Ends a grant now; the reason is kept with it on both ledgers. */
    public AccessGrantState revoke(DeskUser user, String grantId, String reason) {
        policy.require(user, DeskAction.REVOKE_ACCESS, grantId);
        String why = text(reason, "reason", AccessGrantContract.LONGEST_PURPOSE);
        AccessGrantState grant = ours(user, DeskAction.REVOKE_ACCESS, grantId);
        if (grant.isRevoked()) {
            policy.recordRefused(user, DeskAction.REVOKE_ACCESS, idOf(grant), "revoked already");
            throw new AccessGrantConflictException("Access grant " + idOf(grant) + " was revoked already, at " + grant.getRevokedAt());
        }
        AccessGrantState revoked = outputOf(policy.attempt(user, DeskAction.REVOKE_ACCESS, idOf(grant),
                () -> run(new RevokeAccessFlow.Initiator(grant.getLinearId(), why))));
        policy.recordAllowed(user, DeskAction.REVOKE_ACCESS, idOf(revoked), null);
        return revoked;
    }

    /** The current version of every grant this node holds (issued here, or held by the auditor), newest first. */
    public List<AccessGrantState> grants(DeskUser user) {
        policy.require(user, DeskAction.READ_GRANTS, null);
        List<AccessGrantState> grants = node.ledger().vault().unconsumed(AccessGrantState.class).stream()
                .map(s -> s.getState().getData())
                .sorted(NEWEST_FIRST)
                .collect(Collectors.toList());
        policy.recordAllowedEach(user, DeskAction.READ_GRANTS, grants.stream().map(AccessGrantDesk::idOf).collect(Collectors.toList()));
        return grants;
    }

    /** The node's time, by which a grant is in force or not. */
    public Instant now() {
        return node.services().clock().instant();
    }

    /** The id the desk names a grant by: its ledger (linear) id. */
    public static String idOf(AccessGrantState grant) {
        return grant.getLinearId().getId().toString();
    }

    private AccessGrantState ours(DeskUser user, DeskAction action, String grantId) {
        Optional<StateAndRef<AccessGrantState>> found = DeskAccessPolicy.ledgerId(grantId)
                .flatMap(id -> node.ledger().vault().latest(id, AccessGrantState.class))
                .filter(s -> s.getState().getData().getInsurer().equals(node.identity()));
        if (found.isEmpty()) {
            policy.recordUnknown(user, action, grantId);
            throw new AccessGrantNotFoundException(grantId);
        }
        return found.get().getState().getData();
    }

    private SignedTransaction run(FlowLogic<SignedTransaction> flow) {
        return completion.resultOf(node.startFlow(flow), AccessGrantConflictException::new);
    }

    private static AccessGrantState outputOf(SignedTransaction transaction) {
        return transaction.getTx().outputsOfType(AccessGrantState.class).get(0);
    }

    private static String text(String value, String field, int longest) {
        if (value == null || value.isBlank()) {
            throw new InvalidDeskInputException(field, "The " + field + " is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > longest) {
            throw new InvalidDeskInputException(field, "The " + field + " is at most " + longest + " characters; was " + trimmed.length());
        }
        return trimmed;
    }
}
