package net.claimsnet.flows.claim;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.ClaimLifecycle;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.FinalityFlow;
import net.claimsnet.flows.finality.ReceiveFinalityFlow;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.util.List;

/**
 * The shape of the claim steps only one party signs (a request for information and pending by the
 * insurer; an answer and an appeal by the provider): consume the current claim, produce its next
 * version, sign, notarise and send it to the other party and the auditor.
 */
abstract class ClaimUpdateFlow extends FlowLogic<SignedTransaction> {

    private final UniqueIdentifier claimId;
    private FlowSession counterpartySession;
    private boolean finalising;

    ClaimUpdateFlow(UniqueIdentifier claimId) {
        this.claimId = claimId;
    }

    /** The claim's next version, from a claim the {@link #lifecycle()} allows the step on. */
    abstract ClaimState next(FlowContext context, ClaimState current);

    abstract CommandData command();

    /** Which statuses the step may follow. */
    abstract ClaimLifecycle lifecycle();

    /** Whether this node signs as the claim's provider (otherwise as its insurer). */
    abstract boolean signsAsProvider();

    @Override
    protected Step call(FlowContext context) {
        if (finalising) {
            return done(context.received(SignedTransaction.class));
        }
        StateAndRef<ClaimState> current = ClaimLedger.currentClaim(context, claimId);
        ClaimState claim = current.getState().getData();
        Party self = signsAsProvider() ? claim.getProvider() : claim.getInsurer();
        Party other = signsAsProvider() ? claim.getInsurer() : claim.getProvider();
        if (!self.equals(context.ourIdentity())) {
            throw new FlowException("Claim " + claimId + " is not " + context.ourIdentity().getName().getOrganisation()
                    + "'s to change this way");
        }
        ClaimLedger.requireLifecycle(lifecycle(), claim);
        SignedTransaction signed = context.ledger().sign(context.ledger().build(new WireTransactionBuilder(context.notary())
                .input(current)
                .output(next(context, claim), ClaimContract.ID)
                .command(command(), context.ourIdentity().getOwningKey())));
        context.ledger().verify(signed, List.of(context.notary().getOwningKey()));
        counterpartySession = context.initiate(other, getClass());
        finalising = true;
        return Step.subFlow(new FinalityFlow(signed, List.of(counterpartySession)));
    }

    /** The other party records the new version (verifying it, as it signed nothing). */
    abstract static class Receiver extends FlowLogic<SignedTransaction> {

        private final FlowSession session;
        private boolean receiving;

        Receiver(FlowSession session) {
            this.session = session;
        }

        @Override
        protected Step call(FlowContext context) {
            if (!receiving) {
                receiving = true;
                return Step.subFlow(new ReceiveFinalityFlow(session, null));
            }
            return done(context.received(SignedTransaction.class));
        }
    }
}
