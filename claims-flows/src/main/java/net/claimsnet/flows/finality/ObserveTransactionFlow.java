package net.claimsnet.flows.finality;

import net.claimsnet.flows.access.DisclosureRequest;
import net.claimsnet.flows.access.GrantedDisclosureFlow;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.states.AccessGrantState;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.time.Instant;
import java.util.List;

/**
 * Reporting a finished transaction whole to the auditor, who verifies it and its back chain and records
 * every state: the transactions it takes part in (its grants). Others reach it torn off
 * ({@code AuditTearOffFlow}), or whole when a grant opens them ({@code GrantedDisclosureFlow}).
 */
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

    /**
     * Runs on the auditor. A grant it was just issued is followed by a request for the claims the grant
     * opens as they stand ({@link GrantedDisclosureFlow}): the backlog from before the grant.
     */
    public static final class Responder extends FlowLogic<SignedTransaction> {

        private final FlowSession session;
        private boolean requested;
        private SignedTransaction recorded;

        public Responder(FlowSession session) {
            this.session = session;
        }

        @Override
        protected Step call(FlowContext context) {
            if (!requested) {
                requested = true;
                return Step.receiveTransaction(session);
            }
            if (recorded != null) {
                return done(recorded);
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
            recorded = transaction;
            Instant now = context.clock().instant();
            for (AccessGrantState grant : transaction.getTx().outputsOfType(AccessGrantState.class)) {
                if (grant.getAuditor().equals(context.ourIdentity()) && grant.getRevokedAt() == null && grant.inForceAt(now)) {
                    return Step.subFlow(new GrantedDisclosureFlow.Initiator(grant.getInsurer(),
                            DisclosureRequest.underGrant(grant.getLinearId())));
                }
            }
            return done(transaction);
        }
    }
}
