package net.claimsnet.flows.audit;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.corda.core.identity.Party;

/**
 * A node hands the network's auditor a signed head of its audit chain, and learns which of its heads
 * the auditor holds: a copy outside the node's own database, so that an intruder who cuts the node's
 * log short (and its own copy of the heads with it) is found out when the node verifies its chain.
 * The auditor keeps a head only from the node it names, signed with that node's key on the network map.
 */
public final class AuditHeadFlow {

    /** The most heads the auditor answers with (a head every 1,000 rows: the newest million rows). */
    public static final int MAX_HEADS = 1_000;

    private AuditHeadFlow() {
    }

    /** Runs on any node but the auditor; {@code head} null only asks. */
    public static final class Initiator extends FlowLogic<AuditHeadAnswer> {

        private final SignedAuditHead head;
        private final int maxHeads;
        private FlowSession session;

        public Initiator(SignedAuditHead head, int maxHeads) {
            this.head = head;
            this.maxHeads = maxHeads;
        }

        @Override
        protected Step call(FlowContext context) {
            if (session == null) {
                Party auditor = context.auditor().orElseThrow(() -> new FlowException("The network map names no auditor"));
                session = context.initiate(auditor, Initiator.class);
                context.send(session, new AuditHeadRequest(head, maxHeads));
                return Step.receive(session, AuditHeadAnswer.class);
            }
            return done(context.received(AuditHeadAnswer.class));
        }
    }

    /** Runs on the auditor. */
    public static final class Responder extends FlowLogic<AuditHeadAnswer> {

        private final FlowSession session;
        private boolean requested;

        public Responder(FlowSession session) {
            this.session = session;
        }

        @Override
        protected Step call(FlowContext context) {
            if (!requested) {
                requested = true;
                return Step.receive(session, AuditHeadRequest.class);
            }
            AuditHeadRequest request = context.received(AuditHeadRequest.class);
            AuditHeadStore heads = context.service(AuditHeadStore.class);
            SignedAuditHead head = request.getHead();
            if (head != null) {
                if (!head.getNode().equals(session.counterparty())) {
                    throw new FlowException(session.counterparty().getOrganisation() + " sent an audit head of "
                            + head.getNode().getOrganisation() + "; a node hands over its own heads only");
                }
                if (!head.isSignedBy(context.party(session.counterparty()).getOwningKey())) {
                    throw new FlowException("The audit head " + head.getSeq() + " of " + session.counterparty().getOrganisation()
                            + " is not signed with its key on the network map");
                }
                heads.keep(head);
            }
            int max = Math.max(0, Math.min(request.getMaxHeads(), MAX_HEADS));
            AuditHeadAnswer answer = new AuditHeadAnswer(max == 0 ? java.util.List.of() : heads.newest(session.counterparty(), max));
            context.send(session, answer);
            return done(answer);
        }
    }
}
