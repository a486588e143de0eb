package net.claimsnet.web.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import net.claimsnet.web.api.ApiError;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Enforces {@code @RolesAllowed} on JAX-RS resources (method first, then class) in plain JAX-RS, so
 * it holds whatever the server's defaults: no login is 401 with a Basic challenge, a login without
 * one of the roles is 403.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Method method = resourceInfo.getResourceMethod();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RolesFilter(List.of()));
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RolesFilter(List.of(method.getAnnotation(RolesAllowed.class).value())));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        } else if (resourceInfo.getResourceClass().isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RolesFilter(List.of(resourceInfo.getResourceClass().getAnnotation(RolesAllowed.class).value())));
        }
    }

    /** Lets a request through only for a caller in one of the roles. */
    public static final class RolesFilter implements ContainerRequestFilter {

        private final List<String> roles;

        public RolesFilter(List<String> roles) {
            this.roles = List.copyOf(roles);
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security == null || security.getUserPrincipal() == null) {
                request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + ApiSecurity.REALM + "\"")
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(ApiError.of(401, "unauthenticated", "Log in with HTTP Basic authentication"))
                        .build());
                return;
            }
            if (roles.stream().noneMatch(security::isUserInRole)) {
                request.abortWith(Response.status(Response.Status.FORBIDDEN)
                        .type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(ApiError.of(403, "forbidden", "This needs one of the roles " + String.join(", ", roles)))
                        .build());
            }
        }

        public List<String> roles() {
            return roles;
        }

        @Override
        public String toString() {
            return "RolesFilter" + Arrays.toString(roles.toArray());
        }
    }
}
