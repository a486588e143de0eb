package net.claimsnet.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import net.claimsnet.web.admin.AdminReadAudit;
import net.claimsnet.web.admin.AuditLogResource;
import net.claimsnet.web.admin.LedgerDigestResource;
import net.claimsnet.web.admin.NodeAdminResource;
import net.claimsnet.web.admin.UserAdminResource;
import net.claimsnet.web.api.ClaimDeskExceptionMapper;
import net.claimsnet.web.api.ClaimsResource;
import net.claimsnet.web.api.AccessGrantsResource;
import net.claimsnet.web.api.ConsentsResource;
import net.claimsnet.web.api.MemberHistoryResource;
import net.claimsnet.web.api.CoveragesResource;
import net.claimsnet.web.api.FallbackExceptionMappers;
import net.claimsnet.web.api.MalformedJsonMapper;
import net.claimsnet.web.api.TearOffsResource;
import net.claimsnet.web.api.limits.JsonBodyLimitInterceptor;
import net.claimsnet.web.api.limits.ParameterLimitFilter;
import net.claimsnet.web.p2p.P2pMessagesResource;
import net.claimsnet.web.security.RolesAllowedFeature;

/**
 * The node's REST API under /api. Its resources and providers are listed, not discovered: the web
 * module serves other applications too (the desk's Faces pages, and the industry formats under their
 * own paths), and a discovered resource would answer under /api as well as under its own path.
 */
@ApplicationPath("/api")
public class ClaimsNetApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ClaimsResource.class,
                TearOffsResource.class,
                CoveragesResource.class,
                AccessGrantsResource.class,
                ConsentsResource.class,
                MemberHistoryResource.class,
                NodeAdminResource.class,
                LedgerDigestResource.class,
                UserAdminResource.class,
                AuditLogResource.class,
                AdminReadAudit.class,
                P2pMessagesResource.class,
                ClaimDeskExceptionMapper.class,
                MalformedJsonMapper.class,
                FallbackExceptionMappers.HttpErrors.class,
                FallbackExceptionMappers.Unexpected.class,
                RolesAllowedFeature.class,
                JsonBodyLimitInterceptor.class,
                ParameterLimitFilter.class);
    }
}
