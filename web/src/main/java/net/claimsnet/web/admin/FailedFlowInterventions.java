package net.claimsnet.web.admin;

import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.engine.FlowEngine;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.desk.ClaimAuditTrail;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An operator's two interventions on a flow that cannot go on, retry and abandon, with the checks
 * that come first (a flow id as the failed-flows list gives it, a flow this node knows, a flow that
 * FAILED, a reason to abandon it). The REST API and the admin desk both act through this, so they
 * refuse the same things in the same words, and both go to the node's audit log (made or refused, by whom).
 */
public final class FailedFlowInterventions {

    private static final Pattern FLOW_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    public static final int MAX_REASON_LENGTH = 500;

    /** Why an intervention was not made: the HTTP status and code the API answers, and the message for both. */
    public record Refusal(int status, String code, String message) {
    }

    private final FlowEngine engine;
    private final NodeAuditLog audit;
    private final String operator;

    /** @param operator the administrator's user name, for the audit log */
    public FailedFlowInterventions(FlowEngine engine, NodeAuditLog audit, String operator) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.operator = operator;
    }

    /** Runs the failed flow again from its last checkpoint (it resends what it last sent); empty when it did. */
    public Optional<Refusal> retry(String flowId) {
        Optional<Refusal> notFailed = requireFailed(flowId);
        if (notFailed.isEmpty()) {
            // Recorded before it is done: an intervention the log cannot hold is not made.
            audit.record(operator, "RETRY_FLOW", NodeAuditLog.FLOW, flowId, ClaimAuditTrail.ALLOWED, null);
            engine.retry(flowId);
        } else {
            recordRefusal("RETRY_FLOW", flowId, notFailed.get());
        }
        return notFailed;
    }

    private void recordRefusal(String action, String flowId, Refusal refusal) {
        audit.record(operator, action, NodeAuditLog.FLOW, flowId, ClaimAuditTrail.REFUSED, refusal.message());
    }

    /** Gives the failed flow up: its counterparties are told, its locks released, its record kept as ABANDONED. */
    public Optional<Refusal> abandon(String flowId, String reason) {
        Optional<Refusal> refused = reason == null || reason.isBlank()
                ? Optional.of(invalid("reason is required: why the flow is given up"))
                : reason.length() > MAX_REASON_LENGTH
                ? Optional.of(invalid("reason must be at most " + MAX_REASON_LENGTH + " characters"))
                : requireFailed(flowId);
        if (refused.isEmpty()) {
            // The reason is the operator's words and may name a claim id; it stays with the flow, not in the log.
            audit.record(operator, "ABANDON_FLOW", NodeAuditLog.FLOW, flowId, ClaimAuditTrail.ALLOWED, null);
            engine.abandon(flowId, reason.strip());
        } else {
            recordRefusal("ABANDON_FLOW", flowId, refused.get());
        }
        return refused;
    }

    /** An operator acts on failed flows only: a running flow is the engine's, a finished one is done. */
    private Optional<Refusal> requireFailed(String flowId) {
        if (flowId == null || !FLOW_ID.matcher(flowId).matches()) {
            return Optional.of(invalid("flowId must be a flow id as /admin/flows/failed lists it"));
        }
        Optional<FlowStatus> status = engine.status(flowId);
        if (status.isEmpty()) {
            return Optional.of(new Refusal(404, "not-found", "This node has no flow " + flowId));
        }
        if (status.get() != FlowStatus.FAILED) {
            return Optional.of(new Refusal(409, "conflict", "Flow " + flowId + " is " + status.get()
                    + "; only a FAILED flow can be retried or abandoned"));
        }
        return Optional.empty();
    }

    private static Refusal invalid(String message) {
        return new Refusal(400, "invalid-request", message);
    }
}
