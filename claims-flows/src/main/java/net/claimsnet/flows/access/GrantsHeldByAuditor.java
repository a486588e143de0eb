package net.claimsnet.flows.access;

import net.claimsnet.ledger.storage.VaultStore;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The grants as the auditor holds them, to tell from a tear-off whether asking its insurer for the
 * transaction whole may be worth it. The auditor cannot decide it: a grant of a member's claims or of
 * service dates reaches what the tear-off hides. The insurer decides ({@link AuditorGrants}); the
 * auditor only spares it questions no grant of its could answer yes to.
 */
final class GrantsHeldByAuditor {

    private final VaultStore vault;
    private final Party auditor;

    GrantsHeldByAuditor(VaultStore vault, Party auditor) {
        this.vault = vault;
        this.auditor = auditor;
    }

    /** The insurer of a claim in the tear-off that holds a grant in force which may open it, if any. */
    Optional<Party> insurerThatMayOpen(AuditTearOff tearOff, Instant at, Function<CordaX500Name, Party> parties) {
        for (ClaimFigures claim : tearOff.getFigures()) {
            for (StateAndRef<AccessGrantState> held : vault.unconsumed(AccessGrantState.class)) {
                AccessGrantState grant = held.getState().getData();
                if (grant.getAuditor().equals(auditor) && grant.inForceAt(at)
                        && grant.getInsurer().getName().equals(claim.getInsurer()) && mayReach(grant.getScope(), claim)) {
                    return Optional.of(parties.apply(claim.getInsurer()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean mayReach(AccessScope scope, ClaimFigures claim) {
        switch (scope.getKind()) {
            case PROVIDER:
                return claim.getProvider().toString().equals(scope.getSubject());
            case CLAIM:
                return claim.getClaimId().getId().toString().equals(scope.getSubject());
            default:
                return true;
        }
    }
}
