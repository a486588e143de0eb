package net.claimsnet.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import net.claimsnet.node.desk.DeskRole;

/**
 * The API authenticates with HTTP Basic against {@link UserTableIdentityStore}; use it over TLS only
 * (Basic sends the password with every request). Resources without {@code @RolesAllowed} (health,
 * the P2P endpoint, which checks message signatures) need no login.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = ApiSecurity.REALM)
@DeclareRoles({DeskRole.BILLING_NAME, DeskRole.ADJUSTER_NAME, DeskRole.AUDITOR_NAME, DeskRole.NODE_ADMIN_NAME})
public class ApiSecurity {

    public static final String REALM = "ClaimsNet";
}
