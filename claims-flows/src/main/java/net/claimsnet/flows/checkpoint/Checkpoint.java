package net.claimsnet.flows.checkpoint;

import java.time.Instant;
import java.util.Objects;

/**
 * A flow as it was at its last wait: its serialized state (frames, sessions, what it waits for),
 * its status and, when it failed, why. Finished flows keep the record without the state.
 */
public final class Checkpoint {

    private final String flowId;
    private final String flowName;
    private final FlowStatus status;
    private final String failure;
    private final byte[] state;
    private final Instant startedAt;
    private final Instant updatedAt;

    public Checkpoint(String flowId, String flowName, FlowStatus status, String failure, byte[] state,
                      Instant startedAt, Instant updatedAt) {
        this.flowId = Objects.requireNonNull(flowId, "flowId");
        this.flowName = Objects.requireNonNull(flowName, "flowName");
        this.status = Objects.requireNonNull(status, "status");
        this.failure = failure;
        this.state = state;
        this.startedAt = startedAt;
        this.updatedAt = updatedAt;
    }

    public String flowId() {
        return flowId;
    }

    /** The class name of the flow that was started (the bottom frame). */
    public String flowName() {
        return flowName;
    }

    public FlowStatus status() {
        return status;
    }

    /** Why the flow failed or was abandoned; null otherwise. */
    public String failure() {
        return failure;
    }

    /** The serialized flow; null once the flow finished. */
    public byte[] state() {
        return state;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The record kept of a finished flow: everything but the state. */
    public Checkpoint withoutState() {
        return new Checkpoint(flowId, flowName, status, failure, null, startedAt, updatedAt);
    }

    @Override
    public String toString() {
        return flowName + " " + flowId + " " + status + (failure == null ? "" : ": " + failure);
    }
}
