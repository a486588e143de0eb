package net.claimsnet.web.x12;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import net.claimsnet.web.api.ClaimDeskExceptionMapper;
import net.claimsnet.web.api.FallbackExceptionMappers;
import net.claimsnet.web.security.RolesAllowedFeature;

import java.util.Set;

/**
 * The X12 endpoints at /x12. Lists its classes so that they answer here only, and the /api
 * resources do not answer here.
 */
@ApplicationPath("/x12")
public class X12Application extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                Remittance835Resource.class,
                Eligibility270Resource.class,
                ClaimDeskExceptionMapper.class,
                FallbackExceptionMappers.HttpErrors.class,
                FallbackExceptionMappers.Unexpected.class,
                RolesAllowedFeature.class);
    }
}
