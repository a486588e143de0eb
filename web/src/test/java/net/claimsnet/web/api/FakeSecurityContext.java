package net.claimsnet.web.api;

import jakarta.ws.rs.core.SecurityContext;

import java.security.Principal;
import java.util.Set;

/** A logged-in caller with the given roles, as the container would present it. */
public final class FakeSecurityContext implements SecurityContext {

    private final String name;
    private final Set<String> roles;

    public FakeSecurityContext(String name, String... roles) {
        this.name = name;
        this.roles = Set.of(roles);
    }

    public static FakeSecurityContext anonymous() {
        return new FakeSecurityContext(null);
    }

    @Override
    public Principal getUserPrincipal() {
        return name == null ? null : () -> name;
    }

    @Override
    public boolean isUserInRole(String role) {
        return roles.contains(role);
    }

    @Override
    public boolean isSecure() {
        return true;
    }

    @Override
    public String getAuthenticationScheme() {
        return BASIC_AUTH;
    }
}
