package net.claimsnet.flows.access;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.FinalityAck;
import net.claimsnet.ledger.LedgerException;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.util.Optional;

/**
 * Reporting a finished transaction to the auditor as an {@link AuditTearOff}: what it may know of a
 * transaction no grant opens to it. Finality does this for every transaction the auditor takes no part in.
 */
public final class AuditTearOffFlow {

    private AuditTearOffFlow() {
    }

    /** Sends the tear-off of a recorded transaction and waits, however long, for the auditor to keep it. */
    public static final class Initiator extends FlowLogic<Void> {

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
                context.send(session, AuditTearOff.of(transaction));
                return Step.receive(session, FinalityAck.class).withoutLimit();
            }
            context.received(FinalityAck.class);
            return done(null);
        }
    }

    /**
     * Runs on the auditor: checks the tear-off and that its sender is a party of every claim it states
     * figures for, keeps it, acknowledges, and then, when it holds a grant of the claims' insurer that may
     * open them, asks that insurer for the transaction whole ({@link GrantedDisclosureFlow}).
     */
    public static final class Responder extends FlowLogic<Void> {

        private final FlowSession session;
        private boolean requested;
        private boolean kept;

        public Responder(FlowSession session) {
            this.session = session;
        }

        @Override
        protected Step call(FlowContext context) {
            if (!requested) {
                requested = true;
                return Step.receive(session, AuditTearOff.class);
            }
            if (kept) {
                return done(null);
            }
            AuditTearOff tearOff = context.received(AuditTearOff.class);
            try {
                tearOff.verify(context.ledger().services().getNetworkParameters());
            } catch (LedgerException e) {
                throw new FlowException(context.ourIdentity().getName().getOrganisation() + " refuses to keep "
                        + tearOff.getId() + ": " + e.getMessage(), e);
            }
            for (ClaimFigures figures : tearOff.getFigures()) {
                if (!session.counterparty().equals(figures.getProvider()) && !session.counterparty().equals(figures.getInsurer())) {
                    throw new FlowException(session.counterparty() + " states figures of claim " + figures.getClaimId()
                            + ", which is neither its own nor one it insures");
                }
            }
            context.service(AuditTearOffStore.class).keep(tearOff, session.counterparty(), context.clock().instant());
            context.send(session, new FinalityAck(tearOff.getId()));
            kept = true;
            Optional<Party> insurer = new GrantsHeldByAuditor(context.ledger().vault(), context.ourIdentity())
                    .insurerThatMayOpen(tearOff, context.clock().instant(), context::party);
            if (insurer.isEmpty()) {
                return done(null);
            }
            return Step.subFlow(new GrantedDisclosureFlow.Initiator(insurer.get(), DisclosureRequest.ofTransaction(tearOff.getId())));
        }
    }
}
