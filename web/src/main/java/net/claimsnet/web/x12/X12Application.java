package net.claimsnet.web.x12;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import net.claimsnet.web.api.ClaimDeskExceptionMapper;
import net.claimsnet.web.api.FallbackExceptionMappers;
import net.claimsnet.web.api.limits.ParameterLimitFilter;
import net.claimsnet.web.security.RolesAllowedFeature;
import net.claimsnet.web.x12.api.ClaimAcknowledgementResource;
import net.claimsnet.web.x12.api.ClaimFilesResource;

import java.util.Set;

/**
 * The X12 5010 interface under /x12: claims in (837, answered by a 999, their 277CA later), the 835
 * remittance out, and eligibility (270 answered by a 271). Its resources and providers are listed, not
 * discovered, so that they answer under /x12 only; path and query parameters are length-checked as
 * under /api, and each resource bounds the EDI body it reads.
 */
@ApplicationPath("/x12")
public class X12Application extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ClaimFilesResource.class,
                ClaimAcknowledgementResource.class,
                Remittance835Resource.class,
                Eligibility270Resource.class,
                ParameterLimitFilter.class,
                ClaimDeskExceptionMapper.class,
                FallbackExceptionMappers.HttpErrors.class,
                FallbackExceptionMappers.Unexpected.class,
                RolesAllowedFeature.class);
    }
}
