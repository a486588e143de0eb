package net.claimsnet.flows.claim;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.UniqueIdentifier;

/**
 * The insurer sets a claim aside for an adjuster (the rules asked for a review, or an adjuster
 * decided to); the claim is adjudicated later with {@link AdjudicateClaimFlow}. The ledger records
 * only the status: why it was pended stays with the insurer's rule trace.
 */
public final class PendClaimFlow {

    private PendClaimFlow() {
    }

    public static final class Initiator extends ClaimUpdateFlow {

        private final String reason;

        public Initiator(UniqueIdentifier claimId, String reason) {
            super(claimId);
            this.reason = reason;
        }

        /** Why the claim was pended, for the insurer's work queue. */
        public String reason() {
            return reason;
        }

        @Override
        ClaimState next(FlowContext context, ClaimState current) {
            return current.withStatus(ClaimStatus.PENDED);
        }

        @Override
        CommandData command() {
            return new ClaimContract.Commands.Pend();
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
