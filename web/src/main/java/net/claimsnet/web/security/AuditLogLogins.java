package net.claimsnet.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.server.NodeRuntime;

/** Logins in the node's audit log: action LOGIN on the resource User/&lt;user name as typed&gt;. */
@ApplicationScoped
public class AuditLogLogins implements LoginAudit {

    static final String LOGIN = "LOGIN";

    @EJB
    private NodeRuntime runtime;

    @Override
    public void succeeded(String user) {
        runtime.auditLog().record(user, LOGIN, NodeAuditLog.USER, user, ClaimAuditTrail.ALLOWED, null);
    }

    @Override
    public void failed(String user, String why) {
        runtime.auditLog().record(user, LOGIN, NodeAuditLog.USER, user, ClaimAuditTrail.DENIED, why);
    }
}
