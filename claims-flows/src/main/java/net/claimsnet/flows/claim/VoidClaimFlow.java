package net.claimsnet.flows.claim;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.finality.SignTransactionFlow;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;


/** The provider withdraws an unsettled claim (X12 frequency 8); the insurer countersigns. */
public final class VoidClaimFlow {

    private VoidClaimFlow() {
    }

    public static final class Initiator extends CountersignedClaimFlow {

        public Initiator(UniqueIdentifier claimId) {
            super(claimId);
        }

        @Override
        SignedTransaction propose(FlowContext context) {
            StateAndRef<ClaimState> claimRef = ClaimLedger.currentClaim(context, claimId);
            ClaimState claim = claimRef.getState().getData();
            if (!claim.getProvider().equals(context.ourIdentity())) {
                throw new FlowException("Claim " + claimId + " was not filed by " + context.ourIdentity().getName());
            }
            ClaimLedger.requireLifecycle(ClaimLifecycle.VOID, claim);
            return context.ledger().sign(context.ledger().build(
                    new WireTransactionBuilder(context.notary())
                            .input(claimRef)
                            .output(claim.withStatus(ClaimStatus.VOIDED), ClaimContract.ID)
                            .command(new ClaimContract.Commands.Void(), context.ourIdentity().getOwningKey(),
                                    claim.getInsurer().getOwningKey())));
        }

        @Override
        Party counterparty(FlowContext context) {
            return ClaimLedger.currentClaim(context, claimId).getState().getData().getInsurer();
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
