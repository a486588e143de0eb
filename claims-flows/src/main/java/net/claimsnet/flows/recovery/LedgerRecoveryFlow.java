package net.claimsnet.flows.recovery;

import net.claimsnet.flows.access.AuditorGrants;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowSession;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.ledger.LedgerException;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A node restored from a backup takes back, from one peer, the transactions it took part in that the
 * peer recorded since {@code since} (the backup's time less a margin for the clocks), page by page,
 * each verified with its back chain (fetched from the peer) and recorded as finality would have; and
 * learns how the sessions its restored flows wait on are doing on the peer's side.
 */
public final class LedgerRecoveryFlow {

    /** How many of its transactions a peer reads for one page (it sends those the asker is entitled to). */
    public static final int PAGE_SCAN = 200;
    /** The most session questions a peer answers in one request. */
    public static final int MAX_SESSION_QUESTIONS = 1_000;

    private LedgerRecoveryFlow() {
    }

    /** Runs on the restored node. */
    public static final class Initiator extends FlowLogic<RecoveryOutcome> {

        private enum Stage { START, PAGE, TRANSACTION }

        private final CordaX500Name peer;
        private final Instant since;
        private final List<SessionQuestion> questions;
        private Stage stage = Stage.START;
        private FlowSession session;
        private int remaining;
        private int nextSkip;
        private boolean more;
        private int offered;
        private List<SecureHash> recorded = new ArrayList<>();
        private List<SessionAnswer> answers = new ArrayList<>();

        public Initiator(CordaX500Name peer, Instant since, List<SessionQuestion> questions) {
            this.peer = Objects.requireNonNull(peer, "peer");
            this.since = Objects.requireNonNull(since, "since");
            this.questions = List.copyOf(questions);
        }

        @Override
        protected Step call(FlowContext context) {
            switch (stage) {
                case START:
                    session = context.initiate(context.party(peer), Initiator.class);
                    context.send(session, new RecoveryRequest(since, 0, questions, false));
                    stage = Stage.PAGE;
                    return Step.receive(session, RecoveryPage.class);
                case PAGE: {
                    RecoveryPage page = context.received(RecoveryPage.class);
                    if (answers.isEmpty()) {
                        answers = new ArrayList<>(page.getSessions());
                    }
                    remaining = Math.max(0, page.getTransactions());
                    offered += remaining;
                    nextSkip = page.getNextSkip();
                    more = page.isMore();
                    return next(context);
                }
                case TRANSACTION:
                default:
                    record(context, context.received(SignedTransaction.class));
                    remaining--;
                    return next(context);
            }
        }

        private Step next(FlowContext context) {
            if (remaining > 0) {
                stage = Stage.TRANSACTION;
                return Step.receiveTransaction(session);
            }
            if (more) {
                context.send(session, new RecoveryRequest(since, nextSkip, List.of(), false));
                stage = Stage.PAGE;
                return Step.receive(session, RecoveryPage.class);
            }
            context.send(session, RecoveryRequest.finish());
            return done(new RecoveryOutcome(peer, offered, recorded, answers));
        }

        /** Verified in full (every signature, the notary's too: these transactions were final) before it is kept. */
        private void record(FlowContext context, SignedTransaction transaction) {
            try {
                context.ledger().verify(transaction, List.of());
            } catch (LedgerException e) {
                throw new FlowException(peer.getOrganisation() + " sent " + transaction.getId()
                        + " for ledger recovery, which does not verify: " + e.getMessage(), e);
            }
            boolean observer = context.auditor().map(a -> a.equals(context.ourIdentity())).orElse(false);
            boolean added = observer ? context.ledger().recordAsObserver(transaction) : context.ledger().record(transaction);
            if (added) {
                recorded.add(transaction.getId());
            }
        }
    }

    /** Runs on every peer but the notary, which keeps no transactions in full. */
    public static final class Responder extends FlowLogic<Integer> {

        private final FlowSession session;
        private boolean requested;
        private int sent;

        public Responder(FlowSession session) {
            this.session = session;
        }

        @Override
        protected Step call(FlowContext context) {
            if (!requested) {
                requested = true;
                return Step.receive(session, RecoveryRequest.class);
            }
            RecoveryRequest request = context.received(RecoveryRequest.class);
            if (request.isFinished()) {
                return done(sent);
            }
            if (request.getSince() == null || request.getSkip() < 0) {
                throw new FlowException("A ledger recovery request needs a time to start from and a page start of 0 or more");
            }
            if (request.getSessions().size() > MAX_SESSION_QUESTIONS) {
                throw new FlowException("A ledger recovery request may ask about " + MAX_SESSION_QUESTIONS
                        + " sessions at most, not " + request.getSessions().size());
            }
            List<SessionAnswer> answers = new ArrayList<>();
            for (SessionQuestion question : request.getSessions()) {
                answers.add(SessionAnswer.of(context.sessionStatus(session, question.getSessionId(), question.isAskerInitiated())));
            }
            Party requester = context.party(session.counterparty());
            AuditorGrants auditorsGrants = context.auditor().filter(requester::equals)
                    .map(auditor -> new AuditorGrants(context.ledger().vault(), auditor)).orElse(null);
            Instant now = context.clock().instant();
            RecoveryEntitlement entitlement = new RecoveryEntitlement(context.ledger().transactions());
            List<SecureHash> scanned = context.ledger().transactions().recordedSince(request.getSince(), request.getSkip(), PAGE_SCAN);
            List<SignedTransaction> entitled = new ArrayList<>();
            for (SecureHash id : scanned) {
                context.ledger().transactions().find(id)
                        .filter(transaction -> entitlement.entitles(requester, auditorsGrants, now, transaction))
                        .ifPresent(entitled::add);
            }
            context.send(session, new RecoveryPage(entitled.size(), request.getSkip() + scanned.size(),
                    scanned.size() == PAGE_SCAN, answers));
            for (SignedTransaction transaction : entitled) {
                context.sendTransaction(session, transaction);
            }
            sent += entitled.size();
            // Waits for the next page's request (or the end): meanwhile the asker fetches these transactions' back chains.
            return Step.receive(session, RecoveryRequest.class);
        }
    }
}
