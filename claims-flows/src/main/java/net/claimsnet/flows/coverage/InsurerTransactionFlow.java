package net.claimsnet.flows.coverage;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.FinalityFlow;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.corda.core.transactions.SignedTransaction;

import java.util.List;

/**
 * A transaction only the insurer signs: build, sign, verify, then finality (notary if needed, auditor). Its
 * coverage flows and the access grants ({@code net.claimsnet.flows.access}) are such transactions.
 */
public abstract class InsurerTransactionFlow extends FlowLogic<SignedTransaction> {

    private boolean finalising;

    protected abstract WireTransactionBuilder build(FlowContext context);

    @Override
    protected Step call(FlowContext context) {
        if (finalising) {
            return done(context.received(SignedTransaction.class));
        }
        SignedTransaction signed = context.ledger().sign(context.ledger().build(build(context)));
        context.ledger().verify(signed, List.of(context.notary().getOwningKey()));
        finalising = true;
        return Step.subFlow(new FinalityFlow(signed, List.of()));
    }
}
