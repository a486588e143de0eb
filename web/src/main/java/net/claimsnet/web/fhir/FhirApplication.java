package net.claimsnet.web.fhir;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import net.claimsnet.web.api.ClaimDeskExceptionMapper;
import net.claimsnet.web.api.FallbackExceptionMappers;
import net.claimsnet.web.security.RolesAllowedFeature;

import java.util.Set;

/**
 * HL7 FHIR R4 under /fhir. Its classes are listed, so that they answer here only (the JSON API under
 * /api lists its own). The node's shared answers (roles, the desk's refusals, the server's errors)
 * are reused, and {@link FhirErrorAnswers} says each of them as an OperationOutcome.
 */
@ApplicationPath("/fhir")
public class FhirApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                MetadataResource.class,
                ValidateResource.class,
                ClaimSubmitResource.class,
                ClaimResponseResource.class,
                ExplanationOfBenefitResource.class,
                EligibilityResource.class,
                FhirBodies.Reader.class,
                FhirBodies.Writer.class,
                FormatParameterFilter.class,
                FhirErrorAnswers.class,
                ClaimDeskExceptionMapper.class,
                FallbackExceptionMappers.HttpErrors.class,
                FallbackExceptionMappers.Unexpected.class,
                RolesAllowedFeature.class);
    }
}
