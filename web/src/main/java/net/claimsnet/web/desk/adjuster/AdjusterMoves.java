package net.claimsnet.web.desk.adjuster;

import net.claimsnet.states.ClaimStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which of the adjuster's actions a claim's status allows, so that the claim page offers only those.
 * The same sets as {@link net.claimsnet.node.desk.ClaimDesk} checks (it keeps them private); the desk
 * still checks, so a stale page gets the desk's refusal, never a wrong change.
 */
final class AdjusterMoves {

    private static final Set<ClaimStatus> ADJUDICABLE =
            EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED, ClaimStatus.INFO_PROVIDED, ClaimStatus.APPEALED);
    private static final Set<ClaimStatus> INFORMATION_REQUESTABLE =
            EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED, ClaimStatus.INFO_PROVIDED);
    private static final Set<ClaimStatus> PENDABLE =
            EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.INFO_PROVIDED, ClaimStatus.APPEALED);
    private static final Set<ClaimStatus> SETTLEABLE = EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED);

    private AdjusterMoves() {
    }

    static boolean canAdjudicate(ClaimStatus status) {
        return status != null && ADJUDICABLE.contains(status);
    }

    static boolean canRequestInformation(ClaimStatus status) {
        return status != null && INFORMATION_REQUESTABLE.contains(status);
    }

    static boolean canPend(ClaimStatus status) {
        return status != null && PENDABLE.contains(status);
    }

    static boolean canSettle(ClaimStatus status) {
        return status != null && SETTLEABLE.contains(status);
    }
}
