package net.claimsnet.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import net.claimsnet.node.desk.DeskRole;

/**
 * The roles the node declares and the realm its Basic challenge names. The API authenticates with
 * HTTP Basic, the desk with a form login, both in {@link NodeAuthentication} against
 * {@link UserTableIdentityStore}; use both over TLS only (Basic sends the password with every
 * request). Resources without {@code @RolesAllowed} (health, the P2P endpoint, which checks message
 * signatures) need no login.
 */
@ApplicationScoped
@DeclareRoles({DeskRole.BILLING_NAME, DeskRole.ADJUSTER_NAME, DeskRole.AUDITOR_NAME, DeskRole.NODE_ADMIN_NAME})
public class ApiSecurity {

    public static final String REALM = "ClaimsNet";
}
