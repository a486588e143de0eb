package net.claimsnet.flows.consent;

import net.claimsnet.contracts.MemberConsentContract;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.FinalityAck;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.states.MemberConsentState;
import net.corda.core.contracts.Command;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;

import java.util.List;

/**
 * The provider's side of a consent's finality: it signed nothing, so before it records what the insurer
 * sends it checks that the transaction is a consent transaction and nothing more (one consent, naming this
 * provider and the sending insurer, under a consent command), then verifies contracts and signatures,
 * records and acknowledges, as {@code ReceiveFinalityFlow} does. An insurer could otherwise have a provider
 * record anything it was party to, or a consent of another insurer's in its name.
 */
abstract class ConsentReceiver extends FlowLogic<SignedTransaction> {

    private final FlowSession session;
    private boolean requested;

    ConsentReceiver(FlowSession session) {
        this.session = session;
    }

    @Override
    protected Step call(FlowContext context) {
        if (!requested) {
            requested = true;
            // The insurer sends it once the notary has answered, which may take as long as the notary is down.
            return Step.receiveTransaction(session).withoutLimit();
        }
        SignedTransaction transaction = context.received(SignedTransaction.class);
        requireConsentForUs(context, transaction.getTx());
        try {
            context.ledger().verify(transaction, List.of());
        } catch (LedgerException e) {
            throw new FlowException(context.ourIdentity().getName().getOrganisation() + " refuses to record "
                    + transaction.getId() + ": " + e.getMessage(), e);
        }
        context.ledger().record(transaction);
        context.send(session, new FinalityAck(transaction.getId()));
        return done(transaction);
    }

    private void requireConsentForUs(FlowContext context, WireTransaction tx) {
        List<MemberConsentState> consents = tx.outputsOfType(MemberConsentState.class);
        boolean onlyAConsent = consents.size() == 1 && tx.getOutputs().size() == 1
                && tx.getCommands().stream().map(Command::getValue)
                        .anyMatch(command -> command instanceof MemberConsentContract.Commands);
        if (!onlyAConsent) {
            throw refusal(context, tx, "it is not one member consent");
        }
        MemberConsentState consent = consents.get(0);
        if (!consent.getProvider().equals(context.ourIdentity())) {
            throw refusal(context, tx, "the consent names another provider");
        }
        if (!consent.getInsurer().getName().equals(session.counterparty())) {
            throw refusal(context, tx, "the consent is not " + session.counterparty().getOrganisation() + "'s");
        }
    }

    private static FlowException refusal(FlowContext context, WireTransaction tx, String why) {
        return new FlowException(context.ourIdentity().getName().getOrganisation() + " refuses to record " + tx.getId()
                + ": " + why);
    }
}
