package net.claimsnet.flows.claim;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.CollectSignaturesFlow;
import net.claimsnet.flows.finality.FinalityFlow;
import net.claimsnet.flows.finality.SignTransactionFlow;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;

import java.util.List;

/** The provider withdraws an unsettled claim (X12 frequency 8); the insurer countersigns. */
public final class VoidClaimFlow {

    private VoidClaimFlow() {
    }

    public static final class Initiator extends FlowLogic<SignedTransaction> {

        private enum Stage { START, SIGNED, FINISHED }

        private final UniqueIdentifier claimId;
        private Stage stage = Stage.START;
        private FlowSession session;

        public Initiator(UniqueIdentifier claimId) {
            this.claimId = claimId;
        }

        @Override
        protected Step call(FlowContext context) {
            switch (stage) {
                case START: {
                    StateAndRef<ClaimState> claimRef = ClaimLedger.currentClaim(context, claimId);
                    ClaimState claim = claimRef.getState().getData();
                    if (!claim.getProvider().equals(context.ourIdentity())) {
                        throw new FlowException("Claim " + claimId + " was not filed by " + context.ourIdentity().getName());
                    }
                    SignedTransaction proposal = context.ledger().sign(context.ledger().build(
                            new WireTransactionBuilder(context.notary())
                                    .input(claimRef)
                                    .output(claim.withStatus(ClaimStatus.VOIDED), ClaimContract.ID)
                                    .command(new ClaimContract.Commands.Void(), context.ourIdentity().getOwningKey(),
                                            claim.getInsurer().getOwningKey())));
                    session = context.initiate(claim.getInsurer(), Initiator.class);
                    stage = Stage.SIGNED;
                    return Step.subFlow(new CollectSignaturesFlow(proposal, List.of(session)));
                }
                case SIGNED:
                    stage = Stage.FINISHED;
                    return Step.subFlow(new FinalityFlow(context.received(SignedTransaction.class), List.of(session)));
                case FINISHED:
                default:
                    return done(context.received(SignedTransaction.class));
            }
        }
    }

    /** The insurer agrees to void a claim of the counterparty's that it holds as current. */
    public static final class Responder extends SignTransactionFlow {

        public Responder(FlowSession session) {
            super(session);
        }

        @Override
        protected void checkProposal(FlowContext context, SignedTransaction proposal, LedgerTransaction tx) {
            ClaimLedger.requireCommand(context, proposal, tx, ClaimContract.Commands.Void.class);
            ClaimLedger.requireOwnCurrentClaim(context, proposal, tx, context.party(session.counterparty()),
                    context.ourIdentity());
        }
    }
}
