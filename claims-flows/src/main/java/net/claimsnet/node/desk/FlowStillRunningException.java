package net.claimsnet.node.desk;

/**
 * The action's flow is checkpointed and running but did not finish in the time the desk waits (a
 * counterparty is slow or down; the transport keeps retrying). It will finish on its own.
 */
public final class FlowStillRunningException extends ClaimDeskException {

    private final String flowId;

    public FlowStillRunningException(String flowId) {
        super("The flow " + flowId + " is still running; the claim changes when it finishes");
        this.flowId = flowId;
    }

    public String flowId() {
        return flowId;
    }
}
