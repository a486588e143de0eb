package net.claimsnet.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.desk.FlowCompletion;
import net.claimsnet.node.desk.MemberConsentDesk;
import net.claimsnet.node.server.NodeRuntime;

/**
 * Makes the member consent desk over the node the runtime runs, its audit trail in the node's database
 * (resource type MemberConsent). While the node is not running every consent or history request answers 503.
 */
@ApplicationScoped
public class MemberConsentDeskProducer {

    @EJB
    private NodeRuntime runtime;

    @Produces
    MemberConsentDesk desk() {
        if (!runtime.isRunning()) {
            throw new NodeUnavailableException("The node is not running: " + runtime.failure().orElse("it is starting"));
        }
        return new MemberConsentDesk(runtime.node(), runtime.auditLog().trail(NodeAuditLog.MEMBER_CONSENT),
                FlowCompletion.within(ClaimDeskProducer.FLOW_WAIT));
    }
}
