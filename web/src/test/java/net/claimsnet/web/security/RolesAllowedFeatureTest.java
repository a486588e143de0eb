package net.claimsnet.web.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.web.api.ApiError;
import net.claimsnet.web.api.FakeSecurityContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RolesAllowedFeatureTest {

    private final RolesAllowedFeature.RolesFilter adjustersOnly = new RolesAllowedFeature.RolesFilter(List.of("ADJUSTER"));

    /** A request with the caller's security context; returns how it was aborted, null if let through. */
    private static Response filter(RolesAllowedFeature.RolesFilter filter, SecurityContext security) {
        AtomicReference<Response> aborted = new AtomicReference<>();
        ContainerRequestContext request = (ContainerRequestContext) Proxy.newProxyInstance(
                RolesAllowedFeatureTest.class.getClassLoader(), new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getSecurityContext":
                            return security;
                        case "abortWith":
                            aborted.set((Response) args[0]);
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        filter.filter(request);
        return aborted.get();
    }

    @Test
    void noLoginIs401WithABasicChallenge() {
        Response response = filter(adjustersOnly, FakeSecurityContext.anonymous());

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Basic realm=\"ClaimsNet\"");
    }

    @Test
    void aLoginWithoutTheRoleIs403AndOneWithItPasses() {
        Response forbidden = filter(adjustersOnly, new FakeSecurityContext("billing@stmary", "BILLING"));
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(((ApiError) forbidden.getEntity()).message()).contains("ADJUSTER");

        assertThat(filter(adjustersOnly, new FakeSecurityContext("adjuster@acme", "ADJUSTER"))).isNull();
    }
}
