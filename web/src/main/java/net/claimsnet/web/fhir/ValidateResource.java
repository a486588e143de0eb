package net.claimsnet.web.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import net.claimsnet.node.desk.DeskRole;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

import java.util.List;

/**
 * POST /fhir/{Claim|Patient|Coverage|Bundle}/$validate: the resource against R4 and the network's code
 * lists, nothing stored. 200 with the OperationOutcome whatever it finds (the specification's
 * $validate); 400 only for a body that is not FHIR or not of the type in the path.
 */
@Path("{type: Claim|Patient|Coverage|Bundle}/{operation: (?:\\$|%24)validate}")
@RequestScoped
@Consumes({FhirMediaTypes.FHIR_JSON, FhirMediaTypes.FHIR_XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({FhirMediaTypes.FHIR_JSON, FhirMediaTypes.FHIR_XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class ValidateResource {

    @Inject
    private FhirCalls calls;

    @POST
    @RolesAllowed({DeskRole.BILLING_NAME, DeskRole.ADJUSTER_NAME, DeskRole.AUDITOR_NAME, DeskRole.NODE_ADMIN_NAME})
    public OperationOutcome validate(@PathParam("type") String type, Resource resource) {
        if (!resource.fhirType().equals(type)) {
            throw FhirRequestException.badRequest(FhirIssue.error(IssueType.INVALID,
                    type + "/$validate takes a " + type + "; the body is a " + resource.fhirType(), resource.fhirType()));
        }
        List<FhirIssue> issues = FhirValidation.validate(resource, calls.referenceData().orElse(null));
        return Outcomes.of(issues);
    }
}
