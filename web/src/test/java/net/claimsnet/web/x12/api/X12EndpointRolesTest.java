package net.claimsnet.web.x12.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import net.claimsnet.web.x12.X12Application;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** /x12 lists its own resources, and each of their endpoints is for billing staff. */
class X12EndpointRolesTest {

    private static Map<String, List<String>> rolesByEndpoint() {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        for (Class<?> type : new X12Application().getClasses()) {
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET" : method.isAnnotationPresent(POST.class) ? "POST" : null;
                if (verb == null) {
                    continue;
                }
                Path path = method.getAnnotation(Path.class);
                RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
                roles.put(verb + " /x12/" + base.value() + (path == null ? "" : "/" + path.value()),
                        allowed == null ? List.of() : List.of(allowed.value()));
            }
        }
        return roles;
    }

    @Test
    void theX12ApplicationAnswersUnderX12AndListsItsResources() {
        assertThat(X12Application.class.getAnnotation(ApplicationPath.class).value()).isEqualTo("/x12");
        assertThat(new X12Application().getClasses()).contains(ClaimFilesResource.class, ClaimAcknowledgementResource.class);
    }

    @Test
    void every837EndpointIsForBillingStaff() {
        assertThat(rolesByEndpoint())
                .containsEntry("POST /x12/837", List.of("BILLING"))
                .containsEntry("GET /x12/837/{controlNumber}", List.of("BILLING"))
                .containsEntry("GET /x12/277ca/{controlNumber}", List.of("BILLING"))
                .allSatisfy((endpoint, roles) -> assertThat(roles).as(endpoint).isNotEmpty());
    }
}
