package net.claimsnet.flows.claim;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.SignAndFinaliseFlow;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

/**
 * The shape of the claim steps both parties sign (a settlement, a void, a replacement): this node
 * proposes and signs, the counterparty checks what it is asked to sign and countersigns, then the
 * transaction is notarised and sent to the counterparty and the auditor. A replacement's filing window
 * is renewed if the notary was down past it ({@link SignAndFinaliseFlow}).
 */
abstract class CountersignedClaimFlow extends FlowLogic<SignedTransaction> {

    private enum Stage { START, FINISHED }

    private Stage stage = Stage.START;
    private FlowSession session;

    /** This node's signed proposal; throws {@code FlowException} if the step does not apply to the claim. */
    abstract SignedTransaction propose(FlowContext context);

    /** Who must countersign the proposal. */
    abstract Party counterparty(FlowContext context);

    @Override
    protected Step call(FlowContext context) {
        switch (stage) {
            case START: {
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
