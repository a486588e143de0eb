package net.claimsnet.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.FlowCompletion;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.node.audit.NodeAuditLog;

import java.time.Duration;

/**
 * Makes the claim desk over the node the runtime runs, its audit trail the node's chained audit log. A desk
 * is three references: one per request costs nothing and keeps no state between requests. While the
 * node is not running (its readiness check says why) every claim request answers 503.
 */
@ApplicationScoped
public class ClaimDeskProducer {

    /** How long a request waits for its flow; a slower one answers 202 and finishes on its own. */
    static final Duration FLOW_WAIT = Duration.ofSeconds(30);

    @EJB
    private NodeRuntime runtime;

    @Produces
    ClaimDesk desk() {
        if (!runtime.isRunning()) {
            throw new NodeUnavailableException("The node is not running: " + runtime.failure().orElse("it is starting"));
        }
        return new ClaimDesk(runtime.node(), runtime.auditLog().trail(NodeAuditLog.CLAIM),
                FlowCompletion.within(FLOW_WAIT), runtime.patientPlans()::remember);
    }
}
