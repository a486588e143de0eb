package net.claimsnet.node.desk;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a claim's status allows: each desk action on a claim, the statuses it may act in and the rule a
 * refusal states. {@link ClaimDesk} refuses by it, and the desk's pages offer only the actions it allows,
 * so the two never disagree.
 */
public enum ClaimLifecycle {

    /** The clerk answers a request for information. */
    PROVIDE_INFORMATION(EnumSet.of(ClaimStatus.INFO_REQUESTED),
            "Information can only be provided on a claim awaiting information"),
    APPEAL(EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.DENIED, ClaimStatus.SETTLED),
            "Only an adjudicated or settled claim can be appealed"),
    VOID(Unsettled.STATUSES, true, "Only an unsettled claim can be voided"),
    REPLACE(Unsettled.STATUSES, true, "Only an unsettled claim can be replaced"),
    REQUEST_INFORMATION(EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED, ClaimStatus.INFO_PROVIDED),
            "Information can only be requested on a submitted, pended or answered claim"),
    PEND(EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.INFO_PROVIDED, ClaimStatus.APPEALED),
            "Only a submitted, answered or appealed claim can be pended"),
    ADJUDICATE(EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED, ClaimStatus.INFO_PROVIDED, ClaimStatus.APPEALED),
            "Only a submitted, pended, answered or appealed claim can be adjudicated"),
    SETTLE(EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED),
            "Only an approved or partially approved claim can be settled");

    private final Set<ClaimStatus> statuses;
    /** Whether a paid claim is refused whatever its status says (a void or replacement undoes a bill, not a payment). */
    private final boolean unpaidOnly;
    private final String rule;

    ClaimLifecycle(Set<ClaimStatus> statuses, String rule) {
        this(statuses, false, rule);
    }

    ClaimLifecycle(Set<ClaimStatus> statuses, boolean unpaidOnly, String rule) {
        this.statuses = statuses;
        this.unpaidOnly = unpaidOnly;
        this.rule = rule;
    }

    /** Whether a claim in this status may have this action (for a void or replacement, see {@link #allowedOn}). */
    public boolean allowedIn(ClaimStatus status) {
        return status != null && statuses.contains(status);
    }

    /** Whether this action may be taken on the claim as it stands; a paid claim is never voided or replaced. */
    public boolean allowedOn(ClaimState claim) {
        if (claim == null || !allowedIn(claim.getStatus())) {
            return false;
        }
        return !unpaidOnly || claim.getSettlement() == null;
    }

    /** The rule a refusal states, e.g. "Only an approved or partially approved claim can be settled". */
    public String rule() {
        return rule;
    }

    /** The refusal of this action on a claim it is not allowed on: the rule, the claim and its status. */
    public String refusal(String claimId, ClaimStatus status) {
        return rule + "; claim " + Objects.requireNonNull(claimId, "claimId") + " is " + status;
    }

    /** A holder, since an enum's constants cannot refer to its own static fields. */
    private static final class Unsettled {
        static final Set<ClaimStatus> STATUSES = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED,
                ClaimStatus.INFO_REQUESTED, ClaimStatus.INFO_PROVIDED, ClaimStatus.APPROVED,
                ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.DENIED, ClaimStatus.APPEALED);
    }
}
