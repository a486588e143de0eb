package net.claimsnet.flows.notary;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.FinalityFlow;
import net.claimsnet.ledger.transactions.NotaryTearOff;
import net.claimsnet.ledger.transactions.TransactionSignatures;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.util.List;

/**
 * Notarisation: the client sends the tear-off in a request it signs, the notary service answers with its
 * signature or a refusal.
 */
public final class NotariseFlow {

    private NotariseFlow() {
    }

    /**
     * Obtains the notary's signature for a transaction that carries every other signature it needs;
     * fails with {@link NotaryException} when the notary refuses. A transaction whose time window
     * the proposer can renew gets null instead when the notary's time was outside its window.
     */
    public static final class Initiator extends FlowLogic<TransactionSignature> {

        private final SignedTransaction transaction;
        private final boolean windowRenewable;
        private FlowSession session;

        public Initiator(SignedTransaction transaction) {
            this(transaction, false);
        }

        /** @param windowRenewable whether a refusal for the time window returns null rather than failing the flow */
        public Initiator(SignedTransaction transaction, boolean windowRenewable) {
            this.transaction = transaction;
            this.windowRenewable = windowRenewable;
        }

        @Override
        protected Step call(FlowContext context) {
            Party notary = transaction.getNotary();
            if (notary == null) {
                throw new FlowException("Transaction " + transaction.getId() + " names no notary");
            }
            if (session == null) {
                session = context.initiate(notary, Initiator.class);
                context.send(session, NotarisationRequest.signed(NotaryTearOff.of(transaction.getTx()), notary, context.ledger()));
                // The notary is never given up on: the transaction is signed by the other parties already.
                return Step.receive(session, NotarisationResponse.class).withoutLimit();
            }
            NotarisationResponse response = context.received(NotarisationResponse.class);
            if (response.isOutsideTimeWindow() && windowRenewable) {
                return done(null);
            }
            if (response.getRefusal() != null) {
                throw new NotaryException(notary.getName().getOrganisation() + " refused to notarise: "
                        + response.getRefusal(), response.getKind() == null ? NotaryRefusal.CONFLICT : response.getKind(),
                        response.getConflicts());
            }
            TransactionSignature signature = response.getSignature();
            if (signature == null || !signature.getBy().equals(notary.getOwningKey())) {
                throw new FlowException("The notary's answer for " + transaction.getId() + " is not signed by " + notary.getName());
            }
            if (FinalityFlow.needsNotarySignature(transaction)) {
                context.ledger().verifier().verifySignatures(transaction.withAdditionalSignature(signature), List.of());
            } else if (!TransactionSignatures.isValid(signature, transaction.getId())) {
                // An issuance's notarisation records custody only; its signature is not added, but must hold.
                throw new FlowException("The notary's signature for " + transaction.getId() + " does not hold");
            }
            return done(signature);
        }
    }

    /** Runs on the notary: checks the tear-off and answers. */
    public static final class Responder extends FlowLogic<Void> {

        private final FlowSession session;
        private boolean requested;

        public Responder(FlowSession session) {
            this.session = session;
        }

        @Override
        protected Step call(FlowContext context) {
            if (!requested) {
                requested = true;
                return Step.receive(session, NotarisationRequest.class);
            }
            NotarisationRequest request = context.received(NotarisationRequest.class);
            NotaryService notary = context.service(NotaryService.class);
            context.send(session, notary.process(request, session.counterparty()));
            return done(null);
        }
    }
}
