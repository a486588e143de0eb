package net.claimsnet.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import net.claimsnet.node.desk.CoverageDesk;
import net.claimsnet.node.desk.FlowCompletion;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.node.audit.NodeAuditLog;

/**
 * Makes the coverage desk over the node the runtime runs: the plans from the reference data of the
 * insurer's rule set in force (asked for only when a member is enrolled, so other nodes refuse with
 * 403 rather than fail), the audit trail in the node's database (resource type Coverage). While the
 * node is not running every coverage request answers 503.
 */
@ApplicationScoped
public class CoverageDeskProducer {

    @EJB
    private NodeRuntime runtime;

    @Produces
    CoverageDesk desk() {
        if (!runtime.isRunning()) {
            throw new NodeUnavailableException("The node is not running: " + runtime.failure().orElse("it is starting"));
        }
        return new CoverageDesk(runtime.node(), runtime::referenceData,
                runtime.auditLog().trail(NodeAuditLog.COVERAGE),
                FlowCompletion.within(ClaimDeskProducer.FLOW_WAIT));
    }
}
