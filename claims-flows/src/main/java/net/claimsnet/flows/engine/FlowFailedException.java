package net.claimsnet.flows.engine;

/** Completes a flow's result when the flow failed or was abandoned; the reason is the one the operator sees. */
public class FlowFailedException extends RuntimeException {

    private final String flowId;

    public FlowFailedException(String flowId, String reason) {
        super(reason);
        this.flowId = flowId;
    }

    public String getFlowId() {
        return flowId;
    }
}
