package net.claimsnet.flows.access;

import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.flows.finality.FinalityAck;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The auditor asks an insurer for claims whole, and the insurer's grants decide: one transaction the
 * auditor received torn off, or, when a grant is issued, every claim it opens as it stands (the
 * backlog; the auditor fetches each claim's earlier versions as its back chain). Each claim disclosed is
 * recorded in the insurer's audit trail before it leaves; what no grant opens is refused with the reason.
 */
public final class GrantedDisclosureFlow {

    /** At most this many claims go in one answer to a grant's backlog; the auditor's desk can ask again for one. */
    static final int MAX_BACKLOG = 1_000;

    private GrantedDisclosureFlow() {
    }

    /** Runs on the auditor; returns how many transactions it recorded whole. */
    public static final class Initiator extends FlowLogic<Integer> {

        private final Party insurer;
        private final DisclosureRequest request;
        private FlowSession session;
        private int remaining = -1;
        private int recorded;

        public Initiator(Party insurer, DisclosureRequest request) {
            this.insurer = insurer;
            this.request = request;
        }

        @Override
        protected Step call(FlowContext context) {
            if (session == null) {
                session = context.initiate(insurer, Initiator.class);
                context.send(session, request);
                // As finality's: the insurer may be down for a while; the request is resent until it answers.
                return Step.receive(session, DisclosureAnswer.class).withoutLimit();
            }
            if (remaining < 0) {
                remaining = context.received(DisclosureAnswer.class).getTransactions();
                return remaining == 0 ? done(0) : Step.receiveTransaction(session).withoutLimit();
            }
            SignedTransaction transaction = context.received(SignedTransaction.class);
            try {
                context.ledger().verify(transaction, List.of());
            } catch (LedgerException e) {
                throw new FlowException(context.ourIdentity().getName().getOrganisation() + " refuses to record "
                        + transaction.getId() + ": " + e.getMessage(), e);
            }
            Optional<AuditTearOff> torn = context.service(AuditTearOffStore.class).find(transaction.getId());
            if (torn.isPresent() && !torn.get().agreesWith(transaction)) {
                throw new FlowException("The claim figures " + insurer.getName().getOrganisation() + " or its provider stated in the"
                        + " tear-off of " + transaction.getId() + " differ from the transaction disclosed whole");
            }
            context.ledger().recordAsObserver(transaction);
            recorded++;
            if (--remaining > 0) {
                return Step.receiveTransaction(session).withoutLimit();
            }
            context.send(session, new FinalityAck(transaction.getId()));
            return done(recorded);
        }
    }

    /** Runs on the insurer; returns how many transactions it disclosed. */
    public static final class Responder extends FlowLogic<Integer> {

        private final FlowSession session;
        private boolean requested;
        private int disclosed = -1;

        public Responder(FlowSession session) {
            this.session = session;
        }

        @Override
        protected Step call(FlowContext context) {
            if (!requested) {
                requested = true;
                return Step.receive(session, DisclosureRequest.class);
            }
            if (disclosed >= 0) {
                context.received(FinalityAck.class);
                return done(disclosed);
            }
            Party auditor = context.auditor().filter(a -> a.getName().equals(session.counterparty()))
                    .orElseThrow(() -> new FlowException("Only the network's auditor asks for claims under a grant, not "
                            + session.counterparty()));
            DisclosureRequest request = context.received(DisclosureRequest.class);
            Instant now = context.clock().instant();
            AuditorGrants grants = new AuditorGrants(context.ledger().vault(), auditor);
            Map<SecureHash, SignedTransaction> whole = new LinkedHashMap<>();
            AuditorDisclosures record = disclosures(context);
            String refusal = record == null
                    ? context.ourIdentity().getName().getOrganisation() + " keeps no record of disclosures and discloses nothing"
                    : request.getTransactionId() != null
                    ? transaction(context, grants, request.getTransactionId(), now, whole)
                    : backlog(context, auditor, request, now, whole);
            for (SignedTransaction transaction : whole.values()) {
                for (ClaimState claim : transaction.getTx().outputsOfType(ClaimState.class)) {
                    record.disclosedToAuditor(claim.getLinearId(), grants.opening(claim, now).orElseThrow().getLinearId(),
                            auditor.getName());
                }
            }
            disclosed = whole.size();
            context.send(session, new DisclosureAnswer(disclosed, refusal));
            for (SignedTransaction transaction : whole.values()) {
                context.sendTransaction(session, transaction);
            }
            if (disclosed == 0) {
                return done(0);
            }
            // The auditor resolves their back chains from this node meanwhile; it may be down for a while.
            return Step.receive(session, FinalityAck.class).withoutLimit();
        }

        /** Where this node records what it discloses; none, and it discloses nothing (a disclosure not accounted for is not made). */
        private static AuditorDisclosures disclosures(FlowContext context) {
            try {
                return context.service(AuditorDisclosures.class);
            } catch (IllegalStateException e) {
                return null;
            }
        }

        private static String transaction(FlowContext context, AuditorGrants grants, SecureHash id, Instant now,
                                          Map<SecureHash, SignedTransaction> whole) {
            Optional<SignedTransaction> held = context.ledger().transactions().find(id);
            if (held.isEmpty()) {
                return context.ourIdentity().getName().getOrganisation() + " holds no transaction " + id;
            }
            List<ClaimState> claims = held.get().getTx().outputsOfType(ClaimState.class);
            if (claims.isEmpty()) {
                return "transaction " + id + " carries no claim; a coverage or an accumulator goes whole only with a granted claim";
            }
            List<ClaimState> closed = grants.closedClaims(held.get(), now);
            if (!closed.isEmpty()) {
                return "no grant in force opens claim " + closed.get(0).getLinearId().getId();
            }
            whole.put(id, held.get());
            return null;
        }

        private static String backlog(FlowContext context, Party auditor, DisclosureRequest request, Instant now,
                                      Map<SecureHash, SignedTransaction> whole) {
            Optional<StateAndRef<AccessGrantState>> latest = context.ledger().vault().latest(request.getGrantId(), AccessGrantState.class);
            AccessGrantState grant = latest.map(s -> s.getState().getData()).orElse(null);
            if (grant == null || !grant.getAuditor().equals(auditor) || !grant.inForceAt(now)) {
                return "no grant " + request.getGrantId() + " to " + auditor.getName().getOrganisation() + " is in force";
            }
            List<SecureHash> latestOfClaims = new ArrayList<>();
            for (StateAndRef<ClaimState> claim : context.ledger().vault().unconsumed(ClaimState.class)) {
                if (grant.permits(claim.getState().getData(), now) && latestOfClaims.size() < MAX_BACKLOG) {
                    latestOfClaims.add(claim.getRef().getTxhash());
                }
            }
            for (SecureHash id : latestOfClaims) {
                context.ledger().transactions().find(id).ifPresent(t -> whole.put(id, t));
            }
            return whole.isEmpty() ? "grant " + request.getGrantId() + " opens no claim yet" : null;
        }
    }
}
