package net.claimsnet.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.desk.AccessGrantDesk;
import net.claimsnet.node.desk.FlowCompletion;
import net.claimsnet.node.server.NodeRuntime;

/**
 * Makes the access grant desk over the node the runtime runs, its audit trail in the node's database
 * (resource type AccessGrant). While the node is not running every grant request answers 503.
 */
@ApplicationScoped
public class AccessGrantDeskProducer {

    @EJB
    private NodeRuntime runtime;

    @Produces
    AccessGrantDesk desk() {
        if (!runtime.isRunning()) {
            throw new NodeUnavailableException("The node is not running: " + runtime.failure().orElse("it is starting"));
        }
        return new AccessGrantDesk(runtime.node(), runtime.auditLog().trail(NodeAuditLog.ACCESS_GRANT),
                FlowCompletion.within(ClaimDeskProducer.FLOW_WAIT));
    }
}
