package net.claimsnet.flows.claim;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.InformationRequest;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.UniqueIdentifier;

import java.util.List;

/** The insurer asks the provider for more information on a claim (e.g. an operative report, RARC N264). */
public final class RequestInformationFlow {

    private RequestInformationFlow() {
    }

    public static final class Initiator extends ClaimUpdateFlow {

        private final String question;
        private final List<String> requestedItems;

        public Initiator(UniqueIdentifier claimId, String question, List<String> requestedItems) {
            super(claimId);
            this.question = question;
            this.requestedItems = List.copyOf(requestedItems);
        }

        @Override
        ClaimState next(FlowContext context, ClaimState current) {
            return current.withStatus(ClaimStatus.INFO_REQUESTED)
                    .withInformationRequestAdded(InformationRequest.open(question, requestedItems));
        }

        @Override
        CommandData command() {
            return new ClaimContract.Commands.RequestInformation();
        }

        @Override
        ClaimLifecycle lifecycle() {
            return ClaimLifecycle.REQUEST_INFORMATION;
        }

        @Override
        boolean signsAsProvider() {
            return false;
        }
    }

    /** The provider records the request. */
    public static final class Responder extends ClaimUpdateFlow.Receiver {
        public Responder(FlowSession session) {
            super(session);
        }
    }
}
