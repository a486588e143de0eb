package net.claimsnet.web.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.node.server.NodeRuntime;

import java.security.Principal;

/**
 * Records each read of the node's machinery under /api/admin (flows, failed flows with their reasons,
 * the notary's commit log): who, which path, and what the answer was. The interventions (retry,
 * abandon) are recorded by {@link FailedFlowInterventions} itself, for the desk's as well.
 */
@Provider
@AuditedAdminReads
@ApplicationScoped
public class AdminReadAudit implements ContainerResponseFilter {

    @EJB
    private NodeRuntime runtime;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"GET".equals(request.getMethod())) {
            return;
        }
        Principal caller = request.getSecurityContext().getUserPrincipal();
        int status = response.getStatus();
        String outcome = status < 400 ? ClaimAuditTrail.ALLOWED : status == 401 || status == 403 ? ClaimAuditTrail.DENIED
                : ClaimAuditTrail.REFUSED;
        runtime.auditLog().record(caller == null ? null : caller.getName(), "ADMIN_READ", NodeAuditLog.NODE,
                request.getUriInfo().getPath(), outcome, "HTTP " + status);
    }
}
