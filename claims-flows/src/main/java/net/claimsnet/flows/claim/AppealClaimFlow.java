package net.claimsnet.flows.claim;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.states.Appeal;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;

import java.util.List;

/**
 * The provider appeals the adjudication of its claim, with a reason and supporting documents; the
 * insurer records the appeal and re-adjudicates the claim with {@link AdjudicateClaimFlow}.
 */
public final class AppealClaimFlow {

    private AppealClaimFlow() {
    }

    public static final class Initiator extends ClaimUpdateFlow {

        private final String reason;
        private final List<SecureHash> documents;

        public Initiator(UniqueIdentifier claimId, String reason, List<SecureHash> documents) {
            super(claimId);
            this.reason = reason;
            this.documents = List.copyOf(documents);
        }

        @Override
        ClaimState next(FlowContext context, ClaimState current) {
            return current.withStatus(ClaimStatus.APPEALED).withAppeal(new Appeal(reason, documents));
        }

        @Override
        CommandData command() {
            return new ClaimContract.Commands.Appeal();
        }

        @Override
        ClaimLifecycle lifecycle() {
            return ClaimLifecycle.APPEAL;
        }

        @Override
        boolean signsAsProvider() {
            return true;
        }
    }

    /** The insurer records the appeal. */
    public static final class Responder extends ClaimUpdateFlow.Receiver {
        public Responder(FlowSession session) {
            super(session);
        }
    }
}
