package net.claimsnet.contracts;

import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The claim lifecycle, written once: each command on an existing claim, the statuses it may follow
 * and the sentence a refusal states. {@link ClaimContract} verifies by it, the desk refuses by it
 * before it starts a flow, the desk's pages offer only what it allows, and the flows check it before
 * they build a transaction, so none of them can disagree with the ledger.
 *
 * <p>A submission is not here: it starts a claim and so follows no status (the contract's own rule).
 * The rule sentences are part of the contract's interface (tests, the desk and its users read them);
 * keep them stable.
 */
public enum ClaimLifecycle {

    /** The insurer asks the provider for more information. */
    REQUEST_INFORMATION(EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED, ClaimStatus.INFO_PROVIDED), Also.NOTHING,
            "Information can only be requested on a submitted, pended or answered claim"),
    /** The provider answers the open request for information. */
    PROVIDE_INFORMATION(EnumSet.of(ClaimStatus.INFO_REQUESTED), Also.NOTHING,
            "Information can only be provided on a claim awaiting information"),
    /** The insurer sets the claim aside for an adjuster. */
    PEND(EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.INFO_PROVIDED, ClaimStatus.APPEALED), Also.NOTHING,
            "Only a submitted, answered or appealed claim can be pended"),
    /** The insurer decides the claim, first or again after an appeal. */
    ADJUDICATE(EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED, ClaimStatus.INFO_PROVIDED, ClaimStatus.APPEALED),
            Also.NOTHING, "Only a submitted, pended, answered or appealed claim can be adjudicated"),
    /** The insurer pays what the adjudication allows. */
    SETTLE(EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED), Also.ADJUDICATED,
            "Only an approved or partially approved claim can be settled"),
    /** The provider appeals the adjudication. */
    APPEAL(EnumSet.of(ClaimStatus.APPROVED, ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.DENIED, ClaimStatus.SETTLED),
            Also.ADJUDICATED, "Only an adjudicated or settled claim can be appealed"),
    /** Both parties withdraw the claim (X12 frequency 8). */
    VOID(Unsettled.STATUSES, Also.UNPAID, "Only an unsettled claim can be voided"),
    /** Both parties replace the claim by a corrected one (X12 frequency 7). */
    REPLACE(Unsettled.STATUSES, Also.UNPAID, "Only an unsettled claim can be replaced");

    /**
     * What a claim must carry besides its status. A status names where a claim stands; the states it
     * carries say what happened to it: an appealed claim that had been paid is in APPEALED, which a void
     * allows, but a void or replacement undoes a bill, never a payment.
     */
    private enum Also {
        NOTHING, ADJUDICATED, UNPAID
    }

    private final Set<ClaimStatus> statuses;
    private final Also also;
    private final String rule;

    ClaimLifecycle(Set<ClaimStatus> statuses, Also also, String rule) {
        this.statuses = Collections.unmodifiableSet(statuses);
        this.also = also;
        this.rule = rule;
    }

    /**
     * Whether a claim in this status may have this command, as a page that knows only the status asks
     * (see {@link #allowedOn} for the whole rule).
     */
    public boolean allowedIn(ClaimStatus status) {
        return status != null && statuses.contains(status);
    }

    /** Whether this command may be applied to the claim as it stands: the rule the contract verifies. */
    public boolean allowedOn(ClaimState claim) {
        if (claim == null || !allowedIn(claim.getStatus())) {
            return false;
        }
        switch (also) {
            case ADJUDICATED:
                return claim.getAdjudication() != null;
            case UNPAID:
                return claim.getSettlement() == null;
            case NOTHING:
            default:
                return true;
        }
    }

    /** The statuses this command may follow. */
    public Set<ClaimStatus> statuses() {
        return statuses;
    }

    /** The rule a refusal states, e.g. "Only an approved or partially approved claim can be settled". */
    public String rule() {
        return rule;
    }

    /**
     * The refusal of this command on a claim it is not allowed on: the rule, the claim and its status,
     * e.g. "Only an approved or partially approved claim can be settled; claim 6f1c... is DENIED".
     */
    public String refusal(String claimId, ClaimStatus status) {
        if (claimId == null) {
            throw new NullPointerException("claimId");
        }
        return rule + "; claim " + claimId + " is " + status;
    }

    /** As {@link #refusal(String, ClaimStatus)}, naming the claim by its ledger id, as the desk and its API do. */
    public String refusal(ClaimState claim) {
        return refusal(claim.getLinearId().getId().toString(), claim.getStatus());
    }

    /** A holder, since an enum's constants cannot refer to its own static fields. */
    private static final class Unsettled {
        static final Set<ClaimStatus> STATUSES = EnumSet.of(ClaimStatus.SUBMITTED, ClaimStatus.PENDED,
                ClaimStatus.INFO_REQUESTED, ClaimStatus.INFO_PROVIDED, ClaimStatus.APPROVED,
                ClaimStatus.PARTIALLY_APPROVED, ClaimStatus.DENIED, ClaimStatus.APPEALED);
    }
}
