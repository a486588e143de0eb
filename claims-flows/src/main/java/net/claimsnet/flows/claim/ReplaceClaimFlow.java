package net.claimsnet.flows.claim;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.finality.SignTransactionFlow;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.states.FrequencyCode;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;


/**
 * The provider replaces an unsettled claim by a corrected one (X12 frequency 7): the original ends
 * REPLACED and the correction starts SUBMITTED under the original's coverage, with a time window
 * that proves when it was filed. The insurer countersigns. The correction comes scrubbed, as a
 * submission does (see {@link SubmitClaimFlow}).
 */
public final class ReplaceClaimFlow {

    private ReplaceClaimFlow() {
    }

    public static final class Initiator extends CountersignedClaimFlow {

        private final ClaimDetails corrected;

        /** @param corrected the corrected claim (its own claim id); the flow marks it as replacing the original */
        public Initiator(UniqueIdentifier claimId, ClaimDetails corrected) {
            super(claimId);
            this.corrected = corrected;
        }

        @Override
        SignedTransaction propose(FlowContext context) {
            StateAndRef<ClaimState> originalRef = ClaimLedger.currentClaim(context, claimId);
            ClaimState original = originalRef.getState().getData();
            if (!original.getProvider().equals(context.ourIdentity())) {
                throw new FlowException("Claim " + claimId + " was not filed by " + context.ourIdentity().getName());
            }
            ClaimLedger.requireLifecycle(ClaimLifecycle.REPLACE, original);
            ClaimDetails details = corrected.withFrequencyCode(FrequencyCode.REPLACEMENT)
                    .withOriginalClaimId(original.getLinearId());
            ClaimState replacement = ClaimState.submitted(original.getProvider(), original.getInsurer(), details,
                    original.getCoverageId());
            return context.ledger().sign(context.ledger().build(
                    new WireTransactionBuilder(context.notary())
                            .input(originalRef)
                            .output(original.withStatus(ClaimStatus.REPLACED), ClaimContract.ID)
                            .output(replacement, ClaimContract.ID)
                            .command(new ClaimContract.Commands.Replace(), context.ourIdentity().getOwningKey(),
                                    original.getInsurer().getOwningKey())
                            .timeWindow(ClaimLedger.filingWindow(context))));
        }

        @Override
        Party counterparty(FlowContext context) {
            return ClaimLedger.currentClaim(context, claimId).getState().getData().getInsurer();
        }
    }

    /** The insurer accepts the correction of a claim of the counterparty's that it holds as current. */
    public static final class Responder extends SignTransactionFlow {

        public Responder(FlowSession session) {
            super(session);
        }

        @Override
        protected void checkProposal(FlowContext context, SignedTransaction proposal, LedgerTransaction tx) {
            ClaimLedger.requireCommand(context, proposal, tx, ClaimContract.Commands.Replace.class);
            ClaimLedger.requireOwnCurrentClaim(context, proposal, tx, context.party(session.counterparty()),
                    context.ourIdentity());
            ClaimLedger.requireFilingWindow(context, proposal, tx.getTimeWindow());
        }
    }
}
