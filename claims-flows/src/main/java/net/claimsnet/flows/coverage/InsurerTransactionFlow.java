package net.claimsnet.flows.coverage;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.FinalityFlow;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.corda.core.transactions.SignedTransaction;

import java.util.List;

/**
 * A transaction only the insurer signs: build, sign, verify, then finality (notary if needed, auditor, and
 * the other participants it opens sessions with). Its coverage flows, the access grants
 * ({@code net.claimsnet.flows.access}) and the member consents ({@code net.claimsnet.flows.consent}) are such
 * transactions.
 */
public abstract class InsurerTransactionFlow extends FlowLogic<SignedTransaction> {

    private boolean finalising;

    protected abstract WireTransactionBuilder build(FlowContext context);

    /**
     * Sessions with the participants other than the insurer that finality sends the transaction to (their
     * responders receive it as participants); none by default: a coverage's and a grant's other keeper is the
     * auditor, whom finality reaches as observer.
     */
    protected List<FlowSession> participantSessions(FlowContext context, SignedTransaction signed) {
        return List.of();
    }

    @Override
    protected Step call(FlowContext context) {
        if (finalising) {
            return done(context.received(SignedTransaction.class));
        }
        SignedTransaction signed = context.ledger().sign(context.ledger().build(build(context)));
        context.ledger().verify(signed, List.of(context.notary().getOwningKey()));
        finalising = true;
        return Step.subFlow(new FinalityFlow(signed, participantSessions(context, signed)));
    }
}
