package net.claimsnet.web.desk;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import net.claimsnet.node.server.NodeRuntime;

/** Which node this desk belongs to, for the header of every page. */
@Named("nodeInfo")
@ApplicationScoped
public class NodeInfo {

    @EJB
    private NodeRuntime runtime;

    /** The node's organisation, or its configured name while the runtime has not started. */
    public String getOrganisation() {
        if (runtime.isRunning()) {
            return runtime.node().name().getOrganisation();
        }
        return runtime.configuration() == null ? "ClaimsNet node" : runtime.configuration().legalName().getOrganisation();
    }

    /** provider, insurer, auditor or notary; "starting" while the runtime has not started. */
    public String getRole() {
        return runtime.isRunning() ? runtime.node().role().name().toLowerCase(java.util.Locale.ROOT) : "starting";
    }

    public boolean isRunning() {
        return runtime.isRunning();
    }

    /** Why the node is not running, for the banner that says the desk cannot act now. */
    public String getFailure() {
        return runtime.failure().orElse(runtime.isRunning() ? null : "The node is starting.");
    }
}
