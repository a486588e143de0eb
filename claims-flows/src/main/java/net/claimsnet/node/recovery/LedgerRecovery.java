package net.claimsnet.node.recovery;

import net.claimsnet.flows.engine.FlowFailedException;
import net.claimsnet.flows.engine.SessionStatus;
import net.claimsnet.flows.engine.SessionWait;
import net.claimsnet.flows.recovery.LedgerRecoveryFlow;
import net.claimsnet.flows.recovery.RecoveryOutcome;
import net.claimsnet.flows.recovery.SessionAnswer;
import net.claimsnet.flows.recovery.SessionQuestion;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.Node;
import net.corda.core.identity.CordaX500Name;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A restored node's catch-up from its peers, one peer after the other, in an order in which each can send
 * the back chains of what it sends ({@link #askingOrder}); the notary last (it sees tear-offs only, and
 * answers about sessions). A peer that cannot be reached
 * is reported and skipped (the node asks every peer again at its next start, until all answered). When every peer
 * was asked, the flows the backup resumed that wait on a session their peer has finished since are
 * abandoned, with that reason, and a provider's filing reservations are derived again.
 */
public final class LedgerRecovery {

    private static final System.Logger LOG = System.getLogger(LedgerRecovery.class.getName());

    /**
     * How far before the backup's time the peers are asked from: the backup's time is the restored node's
     * clock, a peer's recording times are its own; the flows tolerate a minute between clocks, and a
     * transaction a peer recorded a little before the backup may not have reached the node before it.
     */
    public static final Duration CLOCK_MARGIN = Duration.ofMinutes(10);

    private final Node node;
    private final Instant backupTakenAt;
    private final Instant since;
    private final List<RecoveryReport.PeerResult> peers = new CopyOnWriteArrayList<>();
    private final List<String> abandoned = new CopyOnWriteArrayList<>();
    private final RecoveredFilings filings;
    private final CompletableFuture<RecoveryReport> completion = new CompletableFuture<>();
    private volatile boolean finished;

    private LedgerRecovery(Node node, Instant backupTakenAt) {
        this.node = node;
        this.backupTakenAt = backupTakenAt;
        this.since = backupTakenAt.minus(CLOCK_MARGIN);
        this.filings = new RecoveredFilings(node);
    }

    /** Starts the catch-up of a node restored from a backup taken at {@code backupTakenAt} (the node's clock then). */
    public static LedgerRecovery start(Node node, Instant backupTakenAt) {
        LedgerRecovery recovery = new LedgerRecovery(node, backupTakenAt);
        recovery.askNext(recovery.peersInOrder(), 0, node.flows().waitsRestoredAtStart(), new HashMap<>());
        return recovery;
    }

    public CompletableFuture<RecoveryReport> completion() {
        return completion;
    }

    public RecoveryReport report() {
        return new RecoveryReport(backupTakenAt, since, finished, List.copyOf(peers), List.copyOf(abandoned),
                filings.derived());
    }

    List<CordaX500Name> peersInOrder() {
        return node.ledger().networkMap().entries().stream()
                .filter(entry -> !entry.getName().equals(node.name()))
                .sorted(Comparator.comparing(this::askingOrder))
                .map(NetworkMapEntry::getName)
                .toList();
    }

    /**
     * The notary last (it only answers about sessions: it holds no transaction in full). An insurer asks the
     * auditor first: the auditor holds every transaction in full, the insurer's own ones too (coverage,
     * accumulators), which back claims' chains and which no provider may hold. A provider asks the insurers
     * first: the auditor sends a provider no transaction of another party's, not even in a back chain, where
     * an insurer sends the tear-off a provider may see.
     */
    private int askingOrder(NetworkMapEntry entry) {
        switch (entry.getRole()) {
            case NOTARY:
                return 3;
            case AUDITOR:
                return node.role() == NodeRole.PROVIDER ? 2 : 0;
            case INSURER:
                return 1;
            default:
                return 2;
        }
    }

    private void askNext(List<CordaX500Name> order, int index, List<SessionWait> waits, Map<String, SessionStatus> statuses) {
        if (index == order.size()) {
            finish(waits, statuses);
            return;
        }
        CordaX500Name peer = order.get(index);
        List<SessionQuestion> questions = waits.stream().filter(w -> w.counterparty().equals(peer))
                .map(w -> new SessionQuestion(w.sessionId(), w.initiator())).toList();
        CompletableFuture<RecoveryOutcome> outcome;
        try {
            outcome = node.startFlow(new LedgerRecoveryFlow.Initiator(peer, since, questions)).result();
        } catch (RuntimeException e) {
            outcome = CompletableFuture.failedFuture(e);
        }
        outcome.whenComplete((result, failure) -> {
            if (failure == null) {
                peers.add(new RecoveryReport.PeerResult(peer, result.offered(), result.recorded().size(), null));
                for (SessionAnswer answer : result.sessions()) {
                    statuses.put(answer.getSessionId(), answer.toStatus());
                }
            } else {
                peers.add(new RecoveryReport.PeerResult(peer, 0, 0, reason(failure)));
            }
            askNext(order, index + 1, waits, statuses);
        });
    }

    private void finish(List<SessionWait> waits, Map<String, SessionStatus> statuses) {
        // From the vault, not from what each peer's flow recorded: a flow that failed half way recorded some too.
        filings.deriveFromVault();
        List<CompletableFuture<Boolean>> abandoning = new ArrayList<>();
        for (SessionWait wait : waits) {
            SessionStatus status = statuses.get(wait.sessionId());
            if (status != null && status.leavesUnanswered(wait)) {
                String reason = "restored from a backup taken at " + backupTakenAt + ": "
                        + wait.counterparty().getOrganisation() + " finished this flow's session since and will not answer it;"
                        + " what it recorded was recovered from the peers (ledger recovery)";
                abandoning.add(node.flows().abandonIfStillWaiting(wait, reason).thenApply(done -> {
                    if (done) {
                        abandoned.add(wait.flowId());
                    }
                    return done;
                }));
            }
        }
        CompletableFuture.allOf(abandoning.toArray(new CompletableFuture[0])).whenComplete((ignored, failure) -> {
            // The flows the backup resumed go on from the recovered ledger (a node recovering while it runs holds none).
            node.flows().resumeHeldFlows();
            finished = true;
            RecoveryReport report = report();
            LOG.log(System.Logger.Level.INFO, () -> node.name().getOrganisation() + ": " + report.describe());
            completion.complete(report);
        });
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof FlowFailedException) {
            return cause.getMessage();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}
