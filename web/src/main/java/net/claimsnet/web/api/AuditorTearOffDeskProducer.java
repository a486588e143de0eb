package net.claimsnet.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.desk.AuditorTearOffDesk;
import net.claimsnet.node.server.NodeRuntime;

/**
 * Makes the auditor's tear-off desk over the node the runtime runs, its reads recorded in the claim
 * audit trail. While the node is not running every request answers 503.
 */
@ApplicationScoped
public class AuditorTearOffDeskProducer {

    @EJB
    private NodeRuntime runtime;

    @Produces
    AuditorTearOffDesk desk() {
        if (!runtime.isRunning()) {
            throw new NodeUnavailableException("The node is not running: " + runtime.failure().orElse("it is starting"));
        }
        return new AuditorTearOffDesk(runtime.node(), runtime.auditLog().trail(NodeAuditLog.CLAIM));
    }
}
