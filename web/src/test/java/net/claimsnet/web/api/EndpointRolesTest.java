package net.claimsnet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint of the claims API names the roles that may call it, and those are the ones the desk expects. */
class EndpointRolesTest {

    private static Map<String, List<String>> rolesByEndpoint() {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (Method method : ClaimsResource.class.getDeclaredMethods()) {
            String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST" : null;
            if (verb == null) {
                continue;
            }
            Path path = method.getAnnotation(Path.class);
            RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
            roles.put(verb + " /api/claims" + (path == null ? "" : "/" + path.value()),
                    allowed == null ? List.of() : Arrays.asList(allowed.value()));
        }
        return roles;
    }

    @Test
    void everyEndpointHasRolesAllowed() {
        assertThat(rolesByEndpoint()).hasSize(11).allSatisfy((endpoint, roles) -> assertThat(roles).as(endpoint).isNotEmpty());
    }

    @Test
    void billingFilesAndFollowsUpAdjustersDecideAndPayEveryDeskRoleReads() {
        Map<String, List<String>> roles = rolesByEndpoint();
        List<String> readers = List.of("BILLING", "ADJUSTER", "AUDITOR");

        assertThat(roles).containsEntry("POST /api/claims", List.of("BILLING"))
                .containsEntry("GET /api/claims", readers)
                .containsEntry("GET /api/claims/{id}", readers)
                .containsEntry("GET /api/claims/{id}/history", readers)
                .containsEntry("POST /api/claims/{id}/information-requests", List.of("ADJUSTER"))
                .containsEntry("POST /api/claims/{id}/information", List.of("BILLING"))
                .containsEntry("POST /api/claims/{id}/adjudication", List.of("ADJUSTER"))
                .containsEntry("POST /api/claims/{id}/settlement", List.of("ADJUSTER"))
                .containsEntry("POST /api/claims/{id}/appeal", List.of("BILLING"))
                .containsEntry("POST /api/claims/{id}/void", List.of("BILLING"))
                .containsEntry("POST /api/claims/{id}/replacement", List.of("BILLING"));
    }
}
