package net.claimsnet.web.node;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import net.claimsnet.flows.transport.http.InboundMessages;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.node.server.PatientPlans;

/**
 * Produces the node runtime's parts for the web module, asked for per request: a node that did not
 * start (or is being redeployed) gives null, which the endpoints answer with 503.
 */
@ApplicationScoped
public class NodeRuntimeBeans {

    @EJB
    private NodeRuntime runtime;

    /** Where POST /api/p2p/messages hands each signed message. */
    @Produces
    @Dependent
    InboundMessages inbound() {
        return runtime.isRunning() ? runtime.inbound() : null;
    }

    /** A provider's record of the plan on each patient's card, which its scrubbing rules check. */
    @Produces
    @Dependent
    PatientPlans patientPlans() {
        return runtime.isRunning() ? runtime.patientPlans() : null;
    }
}
