package net.claimsnet.web.admin;

import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.engine.FlowEngine;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An operator's two interventions on a flow that cannot go on, retry and abandon, with the checks
 * that come first (a flow id as the failed-flows list gives it, a flow this node knows, a flow that
 * FAILED, a reason to abandon it). The REST API and the admin desk both act through this, so they
 * refuse the same things in the same words.
 */
public final class FailedFlowInterventions {

    private static final Pattern FLOW_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    public static final int MAX_REASON_LENGTH = 500;

    /** Why an intervention was not made: the HTTP status and code the API answers, and the message for both. */
    public record Refusal(int status, String code, String message) {
    }

    private final FlowEngine engine;

    public FailedFlowInterventions(FlowEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Runs the failed flow again from its last checkpoint (it resends what it last sent); empty when it did. */
    public Optional<Refusal> retry(String flowId) {
        Optional<Refusal> notFailed = requireFailed(flowId);
        if (notFailed.isEmpty()) {
            engine.retry(flowId);
        }
        return notFailed;
    }

    /** Gives the failed flow up: its counterparties are told, its locks released, its record kept as ABANDONED. */
    public Optional<Refusal> abandon(String flowId, String reason) {
        if (reason == null || reason.isBlank()) {
            return Optional.of(invalid("reason is required: why the flow is given up"));
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            return Optional.of(invalid("reason must be at most " + MAX_REASON_LENGTH + " characters"));
        }
        Optional<Refusal> notFailed = requireFailed(flowId);
        if (notFailed.isEmpty()) {
            engine.abandon(flowId, reason.strip());
        }
        return notFailed;
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
