package net.claimsnet.web.desk.admin;

import net.claimsnet.storage.jpa.server.NodeOperationsReadings.FailedFlow;

import java.io.Serializable;

/** A failed flow as the failed-flows table shows it (the reading is a record, which EL cannot read on Payara 6). */
public final class FailedFlowRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String flowId;
    private final String flowName;
    private final String failure;
    private final String startedAt;
    private final String failedAt;

    FailedFlowRow(FailedFlow flow) {
        this.flowId = flow.flowId();
        this.flowName = flow.flowName();
        this.failure = flow.failure();
        this.startedAt = DeskTimes.text(flow.startedAt());
        this.failedAt = DeskTimes.text(flow.failedAt());
    }

    public String getFlowId() {
        return flowId;
    }

    /** The flow's class without its package, which the operator knows from the network's flows. */
    public String getFlowClass() {
        if (flowName == null) {
            return "";
        }
        return flowName.substring(flowName.lastIndexOf('.') + 1);
    }

    public String getFlowName() {
        return flowName;
    }

    public String getFailure() {
        return failure;
    }

    public String getStartedAt() {
        return startedAt;
    }

    public String getFailedAt() {
        return failedAt;
    }
}
