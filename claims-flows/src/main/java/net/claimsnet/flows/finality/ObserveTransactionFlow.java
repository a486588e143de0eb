package net.claimsnet.flows.finality;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.ledger.LedgerException;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.util.List;

/** Reporting a finished transaction to the auditor, who verifies it and its back chain and records every state. */
public final class ObserveTransactionFlow {

    private ObserveTransactionFlow() {
    }

    /** Sends a recorded transaction to the auditor (finality does this for every transaction it finishes). */
    public static final class Initiator extends FlowLogic<SignedTransaction> {

        private final SignedTransaction transaction;
        private FlowSession session;

        public Initiator(SignedTransaction transaction) {
            this.transaction = transaction;
        }

        @Override
        protected Step call(FlowContext context) {
            if (session == null) {
                Party auditor = context.auditor().orElseThrow(() -> new FlowException("The network map names no auditor"));
                session = context.initiate(auditor, Initiator.class);
                context.sendTransaction(session, transaction);
                // Recorded already: the auditor gets it whenever it is back (as in FinalityFlow).
                return Step.receive(session, FinalityAck.class).withoutLimit();
            }
            context.received(FinalityAck.class);
            return done(transaction);
        }
    }

    /** Runs on the auditor. */
    public static final class Responder extends FlowLogic<SignedTransaction> {

        private final FlowSession session;
        private boolean requested;

        public Responder(FlowSession session) {
            this.session = session;
        }

        @Override
        protected Step call(FlowContext context) {
            if (!requested) {
                requested = true;
                return Step.receiveTransaction(session);
            }
            SignedTransaction transaction = context.received(SignedTransaction.class);
            try {
                context.ledger().verify(transaction, List.of());
            } catch (LedgerException e) {
                throw new FlowException(context.ourIdentity().getName().getOrganisation() + " refuses to record "
                        + transaction.getId() + ": " + e.getMessage(), e);
            }
            context.ledger().recordAsObserver(transaction);
            context.send(session, new FinalityAck(transaction.getId()));
            return done(transaction);
        }
    }
}
