package net.claimsnet.web.desk.billing;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which of the clerk's actions a claim's status allows, so that the claim page offers only those. The
 * desk decides (and refuses the others with its reason); these sets mirror its rules for the buttons.
 */
public final class ClaimActionRules {

    private static final Set<ClaimStatus> APPEALABLE = EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED,
            ClaimStatus.DENIED, ClaimStatus.SETTLED);
    private static final Set<ClaimStatus> UNSETTLED = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED,
            ClaimStatus.INFO_REQUESTED, ClaimStatus.INFO_PROVIDED, ClaimStatus.APPROVED,
            ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.DENIED, ClaimStatus.APPEALED);

    private ClaimActionRules() {
    }

    public static boolean canAnswer(ClaimState claim) {
        return claim != null && claim.getStatus() == ClaimStatus.INFO_REQUESTED;
    }

    public static boolean canAppeal(ClaimState claim) {
        return claim != null && APPEALABLE.contains(claim.getStatus());
    }

    /** Void and replace: any claim not paid yet. */
    public static boolean canWithdraw(ClaimState claim) {
        return claim != null && UNSETTLED.contains(claim.getStatus()) && claim.getSettlement() == null;
    }
}
