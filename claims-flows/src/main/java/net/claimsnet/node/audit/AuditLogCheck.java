package net.claimsnet.node.audit;

import net.claimsnet.flows.audit.AuditHeadAnswer;
import net.claimsnet.flows.audit.AuditHeadFlow;
import net.claimsnet.flows.audit.SignedAuditHead;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.Node;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Checks a node's audit log: asks the auditor for the heads of this node's chain it holds (unless this
 * node is the auditor), then verifies the chain against them and this node's own. An auditor that does
 * not answer in time does not stop the check: the report says its heads were not part of it.
 */
public final class AuditLogCheck {

    private final NodeAuditLog log;
    private final Node node;

    public AuditLogCheck(NodeAuditLog log, Node node) {
        this.log = Objects.requireNonNull(log, "log");
        this.node = Objects.requireNonNull(node, "node");
    }

    /** Runs the check, waiting at most {@code auditorWait} for the auditor's heads. */
    public AuditLogReport run(Duration auditorWait) {
        if (node.role() == NodeRole.AUDITOR) {
            return new AuditLogReport(log.verify(List.of()), 0, "this node is the auditor: its own heads only");
        }
        if (node.ledger().networkMap().partiesWithRole(NodeRole.AUDITOR).isEmpty()) {
            return new AuditLogReport(log.verify(List.of()), 0, "the network map names no auditor: this node's own heads only");
        }
        List<SignedAuditHead> auditorHeads;
        String note;
        FlowHandle<AuditHeadAnswer> asked = node.startFlow(new AuditHeadFlow.Initiator(null, AuditHeadFlow.MAX_HEADS));
        try {
            auditorHeads = asked.result().get(auditorWait.toMillis(), TimeUnit.MILLISECONDS).getHeads();
            note = "the auditor holds " + auditorHeads.size() + " heads of this node's chain";
        } catch (TimeoutException e) {
            auditorHeads = List.of();
            note = "the auditor did not answer within " + auditorWait.toSeconds() + " s: checked against this node's own heads only";
        } catch (ExecutionException e) {
            auditorHeads = List.of();
            note = "the auditor could not be asked (" + e.getCause().getMessage() + "): checked against this node's own heads only";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditLogException("Interrupted while asking the auditor for this node's audit heads");
        }
        return new AuditLogReport(log.verify(auditorHeads), auditorHeads.size(), note);
    }

    /** Hands a signed head to the auditor (a flow of its own: delivery is retried like any message). */
    public static void sendToAuditor(Node node, SignedAuditHead head) {
        if (node.role() != NodeRole.AUDITOR && !node.ledger().networkMap().partiesWithRole(NodeRole.AUDITOR).isEmpty()) {
            node.startFlow(new AuditHeadFlow.Initiator(head, 0));
        }
    }
}
