package net.claimsnet.flows.claim;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.InformationRequest;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;

import java.util.ArrayList;
import java.util.List;

/** The provider answers the insurer's open request for information, in text and/or documents by hash. */
public final class ProvideInformationFlow {

    private ProvideInformationFlow() {
    }

    public static final class Initiator extends ClaimUpdateFlow {

        private final String answer;
        private final List<SecureHash> documents;

        public Initiator(UniqueIdentifier claimId, String answer, List<SecureHash> documents) {
            super(claimId);
            this.answer = answer;
            this.documents = List.copyOf(documents);
        }

        @Override
        ClaimState next(FlowContext context, ClaimState current) {
            List<InformationRequest> requests = new ArrayList<>(current.getInformationRequests());
            if (requests.isEmpty()) {
                throw new FlowException("Claim " + current.getLinearId() + " has no open request for information");
            }
            requests.set(requests.size() - 1, requests.get(requests.size() - 1).answered(answer, documents));
            return current.withStatus(ClaimStatus.INFO_PROVIDED).withInformationRequests(requests);
        }

        @Override
        CommandData command() {
            return new ClaimContract.Commands.ProvideInformation();
        }

        @Override
        ClaimLifecycle lifecycle() {
            return ClaimLifecycle.PROVIDE_INFORMATION;
        }

        @Override
        boolean signsAsProvider() {
            return true;
        }
    }

    /** The insurer records the answer. */
    public static final class Responder extends ClaimUpdateFlow.Receiver {
        public Responder(FlowSession session) {
            super(session);
        }
    }
}
