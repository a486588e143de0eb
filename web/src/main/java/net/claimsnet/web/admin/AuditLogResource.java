package net.claimsnet.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.web.api.NodeUnavailableException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The check of the node's tamper-evident audit log, for its administrator and for auditors: every row
 * against its hash and its predecessor, the chain against the heads this node signed and those the
 * network's auditor holds. Row numbers, kinds and counts only; the check itself is recorded.
 */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Whether the node's audit log is intact: edited, deleted, inserted or cut-off rows")
@SecurityRequirement(name = "basic")
public class AuditLogResource {

    @EJB
    private NodeRuntime runtime;

    @Context
    private SecurityContext security;

    @GET
    @Path("verify")
    @RolesAllowed({DeskRole.NODE_ADMIN_NAME, DeskRole.AUDITOR_NAME})
    @Operation(summary = "Check the audit chain: rows checked, up to which row signed heads vouch for it, the first broken row and why")
    public AuditVerification verify() {
        if (!runtime.isRunning()) {
            throw new NodeUnavailableException(runtime.failure().orElse("The node is not running"));
        }
        String caller = security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
        return AuditVerification.check(runtime, caller);
    }
}
