package net.claimsnet.flows.claim;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;

import java.util.UUID;

/**
 * The auditor asks one party of a claim who on that party's node did what with the claim: the audit
 * control of HIPAA 164.312(b) seen across the network, not only on the auditor's own node. A party
 * answers only the network's auditor (as the network map names it), only about a claim it holds, and
 * records the disclosure; the answer names users and actions, never a patient.
 */
public final class ReadLogFlow {

    /** The newest entries a party discloses for one claim. */
    public static final int MAX_RECORDS = 200;

    private ReadLogFlow() {
    }

    /** Runs on the auditor's node. */
    public static final class Initiator extends FlowLogic<ReadLogAnswer> {

        private final CordaX500Name party;
        private final String claimId;
        private FlowSession session;

        public Initiator(CordaX500Name party, String claimId) {
            this.party = party;
            this.claimId = claimId;
        }

        @Override
        protected Step call(FlowContext context) {
            if (session == null) {
                session = context.initiate(context.party(party), Initiator.class);
                context.send(session, new ReadLogRequest(claimId));
                return Step.receive(session, ReadLogAnswer.class);
            }
            return done(context.received(ReadLogAnswer.class));
        }
    }

    /** Runs on the claim's provider and insurer. */
    public static final class Responder extends FlowLogic<ReadLogAnswer> {

        private final FlowSession session;
        private boolean requested;

        public Responder(FlowSession session) {
            this.session = session;
        }

        @Override
        protected Step call(FlowContext context) {
            if (!requested) {
                requested = true;
                return Step.receive(session, ReadLogRequest.class);
            }
            ReadLogRequest request = context.received(ReadLogRequest.class);
            String us = context.ourIdentity().getName().getOrganisation();
            boolean fromAuditor = context.auditor().map(Party::getName).filter(session.counterparty()::equals).isPresent();
            if (!fromAuditor) {
                throw new FlowException(us + " discloses its read log to the network's auditor only, not to "
                        + session.counterparty().getOrganisation());
            }
            if (!holds(context, request.getClaimId())) {
                throw new FlowException(us + " holds no claim " + request.getClaimId());
            }
            ReadLogAnswer answer = new ReadLogAnswer(readLogOf(context)
                    .disclose(request.getClaimId(), session.counterparty(), MAX_RECORDS));
            context.send(session, answer);
            return done(answer);
        }

        private static ClaimReadLog readLogOf(FlowContext context) {
            try {
                return context.service(ClaimReadLog.class);
            } catch (IllegalStateException e) {
                throw new FlowException(context.ourIdentity().getName().getOrganisation() + " keeps no read log");
            }
        }

        private static boolean holds(FlowContext context, String claimId) {
            UUID id;
            try {
                id = UUID.fromString(claimId);
            } catch (IllegalArgumentException | NullPointerException e) {
                return false;
            }
            return !context.ledger().vault().history(new UniqueIdentifier(null, id), ClaimState.class).isEmpty();
        }
    }
}
