package net.claimsnet.web.x12;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import net.claimsnet.web.api.ClaimDeskExceptionMapper;
import net.claimsnet.web.api.FallbackExceptionMappers;
import net.claimsnet.web.security.RolesAllowedFeature;
import net.claimsnet.web.x12.api.ClaimAcknowledgementResource;
import net.claimsnet.web.x12.api.ClaimFilesResource;

import java.util.Set;

/**
 * The X12 5010 interface under /x12: claims in (837, answered by a 999, their 277CA later). Its
 * resources and providers are listed, not discovered, so that they answer under /x12 only.
 */
@ApplicationPath("/x12")
public class X12Application extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ClaimFilesResource.class,
                ClaimAcknowledgementResource.class,
                ClaimDeskExceptionMapper.class,
                FallbackExceptionMappers.HttpErrors.class,
                FallbackExceptionMappers.Unexpected.class,
                RolesAllowedFeature.class);
    }
}
