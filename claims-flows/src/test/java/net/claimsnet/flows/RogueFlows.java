package net.claimsnet.flows;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.CollectSignaturesFlow;
import net.claimsnet.flows.finality.FinalityAck;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.SignedTransaction;

import java.util.List;

/**
 * Misbehaving initiators for rejection tests: they speak a real flow's protocol to a real
 * responder but send what an honest node would not.
 */
final class RogueFlows {

    private RogueFlows() {
    }

    /** Sends a prepared proposal as the given protocol's initiator and waits for the counterparty's signature. */
    static final class Propose extends FlowLogic<TransactionSignature> {

        private final SignedTransaction proposal;
        private final CordaX500Name counterparty;
        private final String protocol;
        private FlowSession session;

        Propose(SignedTransaction proposal, CordaX500Name counterparty, Class<?> protocol) {
            this.proposal = proposal;
            this.counterparty = counterparty;
            this.protocol = protocol.getName();
        }

        @Override
        protected Step call(FlowContext context) {
            if (session == null) {
                session = context.initiate(context.party(counterparty), classNamed(protocol));
                context.sendTransaction(session, proposal);
                return Step.receive(session, TransactionSignature.class);
            }
            return done(context.received(TransactionSignature.class));
        }
    }

    /**
     * Collects the counterparty's signature honestly, then skips the notary and hands the
     * counterparty the transaction as if it were final (a double spend in the making).
     */
    static final class FinaliseWithoutNotary extends FlowLogic<FinalityAck> {

        private final SignedTransaction proposal;
        private final CordaX500Name counterparty;
        private final String protocol;
        private FlowSession session;
        private boolean signed;

        FinaliseWithoutNotary(SignedTransaction proposal, CordaX500Name counterparty, Class<?> protocol) {
            this.proposal = proposal;
            this.counterparty = counterparty;
            this.protocol = protocol.getName();
        }

        @Override
        protected Step call(FlowContext context) {
            if (session == null) {
                session = context.initiate(context.party(counterparty), classNamed(protocol));
                return Step.subFlow(new CollectSignaturesFlow(proposal, List.of(session)));
            }
            if (!signed) {
                signed = true;
                context.sendTransaction(session, context.received(SignedTransaction.class));
                return Step.receive(session, FinalityAck.class);
            }
            return done(context.received(FinalityAck.class));
        }
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
