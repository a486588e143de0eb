package net.claimsnet.flows.claim;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.SignAndFinaliseFlow;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

/**
 * The shape of the claim steps both parties sign (a settlement, a void, a replacement): this node
 * proposes and signs, the counterparty checks what it is asked to sign and countersigns, then the
 * transaction is notarised and sent to the counterparty and the auditor. A replacement's filing window
 * is renewed if the notary was down past it ({@link SignAndFinaliseFlow}). The step holds the claim's
 * soft lock from before it reads the claim until it ends: a second step on the claim (an adjuster who
 * clicked twice, a clerk retrying after a lost answer) waits and then finds the claim moved on, instead
 * of being countersigned too and refused by the notary as a double spend.
 */
abstract class CountersignedClaimFlow extends FlowLogic<SignedTransaction> {

    private enum Stage { START, LOCKED, FINISHED }

    /** The claim the step is on. */
    final UniqueIdentifier claimId;
    private Stage stage = Stage.START;
    private FlowSession session;

    CountersignedClaimFlow(UniqueIdentifier claimId) {
        this.claimId = claimId;
    }

    /** This node's signed proposal; throws {@code FlowException} if the step does not apply to the claim. */
    abstract SignedTransaction propose(FlowContext context);

    /** Who must countersign the proposal. */
    abstract Party counterparty(FlowContext context);

    @Override
    protected Step call(FlowContext context) {
        switch (stage) {
            case START:
                stage = Stage.LOCKED;
                return Step.lock(ClaimLocks.stepOn(claimId));
            case LOCKED: {
                SignedTransaction proposal = propose(context);
                session = context.initiate(counterparty(context), getClass());
                stage = Stage.FINISHED;
                return Step.subFlow(ClaimLedger.signAndFinalise(proposal, session));
            }
            case FINISHED:
            default:
                return done(context.received(SignedTransaction.class));
        }
    }
}
