package net.claimsnet.flows.claim;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.PendReason;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.UniqueIdentifier;

/**
 * The insurer sets a claim aside for an adjuster (the rules asked for a review, or an adjuster
 * decided to); the claim is adjudicated later with {@link AdjudicateClaimFlow}. The ledger records
 * why as a {@link PendReason}: reason codes (the contract requires at least one) and a note without
 * PHI, which the provider and the auditor see; the rules' full wording stays with the insurer.
 */
public final class PendClaimFlow {

    private PendClaimFlow() {
    }

    public static final class Initiator extends ClaimUpdateFlow {

        private final String reason;
        private final PendReason pend;

        /** Held for review ({@link PendReason#REVIEW}); the reason stays in the insurer's work queue, off the ledger. */
        public Initiator(UniqueIdentifier claimId, String reason) {
            this(claimId, PendReason.review(), reason);
        }

        /** @param pend what the ledger records; @param reason the whole reason, for the insurer's work queue */
        public Initiator(UniqueIdentifier claimId, PendReason pend, String reason) {
            super(claimId);
            this.pend = pend;
            this.reason = reason;
        }

        /** Why the claim was pended, for the insurer's work queue. */
        public String reason() {
            return reason;
        }

        @Override
        ClaimState next(FlowContext context, ClaimState current) {
            return current.withStatus(ClaimStatus.PENDED).withPendReason(pend);
        }

        @Override
        CommandData command() {
            return new ClaimContract.Commands.Pend();
        }

        @Override
        ClaimLifecycle lifecycle() {
            return ClaimLifecycle.PEND;
        }

        @Override
        boolean signsAsProvider() {
            return false;
        }
    }

    /** The provider records that its claim waits for review. */
    public static final class Responder extends ClaimUpdateFlow.Receiver {
        public Responder(FlowSession session) {
            super(session);
        }
    }
}
