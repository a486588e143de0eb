package net.claimsnet.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.node.audit.AuditChainVerdict;
import net.claimsnet.node.audit.AuditLogReport;
import net.claimsnet.web.ClaimsNetApplication;
import net.claimsnet.web.security.RolesAllowedFeature;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log's check is for the node's administrator and for auditors, no one else; the other
 * administration endpoints stay the administrator's, and their reads are audited.
 */
class AuditLogEndpointRolesTest {

    @Test
    void theVerifyEndpointIsForNodeAdminsAndAuditorsOnly() throws NoSuchMethodException {
        assertThat(AuditLogResource.class.getAnnotation(Path.class).value()).isEqualTo("admin/audit");
        var verify = AuditLogResource.class.getMethod("verify");

        assertThat(verify.getAnnotation(Path.class).value()).isEqualTo("verify");
        assertThat(verify.isAnnotationPresent(GET.class)).isTrue();
        assertThat(verify.getAnnotation(RolesAllowed.class).value()).containsExactlyInAnyOrder("NODE_ADMIN", "AUDITOR");
    }

    @Test
    void theRoleCheckAdmitsANodeAdminAndAnAuditorAndRefusesBillingAdjustersAndStrangers() {
        RolesAllowedFeature.RolesFilter filter = new RolesAllowedFeature.RolesFilter(verifyRoles());

        assertThat(statusFor(filter, "admin@acme", "NODE_ADMIN")).isNull();
        assertThat(statusFor(filter, "auditor@regulator", "AUDITOR")).isNull();
        assertThat(statusFor(filter, "billing@stmary", "BILLING")).isEqualTo(403);
        assertThat(statusFor(filter, "adjuster@acme", "ADJUSTER")).isEqualTo(403);
        assertThat(statusFor(filter, null, null)).isEqualTo(401);
    }

    /** The status the filter aborts a request of this caller with, or null when it lets the request through. */
    private static Integer statusFor(RolesAllowedFeature.RolesFilter filter, String user, String role) {
        SecurityContext security = proxy(SecurityContext.class, (method, args) -> switch (method) {
            case "getUserPrincipal" -> user == null ? null : (java.security.Principal) () -> user;
            case "isUserInRole" -> args[0].equals(role);
            default -> null;
        });
        Response[] aborted = new Response[1];
        ContainerRequestContext request = proxy(ContainerRequestContext.class, (method, args) -> {
            if (method.equals("getSecurityContext")) {
                return security;
            }
            if (method.equals("abortWith")) {
                aborted[0] = (Response) args[0];
            }
            return null;
        });
        filter.filter(request);
        return aborted[0] == null ? null : aborted[0].getStatus();
    }

    private static <T> T proxy(Class<T> type, java.util.function.BiFunction<String, Object[], Object> answer) {
        return type.cast(java.lang.reflect.Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> answer.apply(method.getName(), args)));
    }

    @Test
    void theOtherAdministrationEndpointsStayTheNodeAdminsAndTheirReadsAreAudited() {
        assertThat(NodeAdminResource.class.getAnnotation(RolesAllowed.class).value()).containsExactly("NODE_ADMIN");
        assertThat(NodeAdminResource.class.isAnnotationPresent(AuditedAdminReads.class)).isTrue();
        assertThat(LedgerDigestResource.class.getAnnotation(RolesAllowed.class).value()).containsExactly("NODE_ADMIN");
        assertThat(LedgerDigestResource.class.isAnnotationPresent(AuditedAdminReads.class)).isTrue();
        assertThat(AdminReadAudit.class.isAnnotationPresent(AuditedAdminReads.class)).isTrue();
        assertThat(new ClaimsNetApplication().getClasses()).contains(AuditLogResource.class, AdminReadAudit.class,
                LedgerDigestResource.class);
    }

    @Test
    void aBrokenChainIsAnsweredWithItsFirstBrokenRowAndAnIntactOneWithNone() {
        AuditChainVerdict.Problem deleted = new AuditChainVerdict.Problem(6, AuditChainVerdict.Kind.DELETED, "row 6 is missing");
        AuditVerification broken = AuditVerification.of(new AuditLogReport(
                new AuditChainVerdict("St. Mary Hospital", 9, 10, 1, 1, 10, 0, 1, List.of(deleted)), 1, "the auditor holds 1 heads"));
        AuditVerification intact = AuditVerification.of(new AuditLogReport(
                new AuditChainVerdict("St. Mary Hospital", 10, 10, 1, 1, 10, 0, 0, List.of()), 1, "the auditor holds 1 heads"));

        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBreak()).isEqualTo(new AuditVerification.Problem(6, "DELETED", "row 6 is missing"));
        assertThat(intact.intact()).isTrue();
        assertThat(intact.firstBreak()).isNull();
        assertThat(intact.rowsChecked()).isEqualTo(10);
    }

    private static List<String> verifyRoles() {
        try {
            return List.of(AuditLogResource.class.getMethod("verify").getAnnotation(RolesAllowed.class).value());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
