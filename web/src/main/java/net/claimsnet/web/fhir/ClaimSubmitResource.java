package net.claimsnet.web.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.FilingResult;
import net.claimsnet.web.fhir.mapping.ClaimResponseAssembler;
import net.claimsnet.web.fhir.mapping.MappedFhirClaim;
import org.hl7.fhir.r4.model.ClaimResponse;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Resource;

import java.net.URI;

/**
 * POST /fhir/Claim/$submit (BILLING, provider node): a Bundle with the Claim, its Patient and Coverage
 * (and provider), or a Claim with them contained, filed as the desk files a claim. 201 with a
 * ClaimResponse (queued; the scrub rules' warnings as its errors); 400/422 with an OperationOutcome
 * whose issues name the elements; nothing is filed then.
 */
@Path("Claim/{operation: (?:\\$|%24)submit}")
@RequestScoped
@Consumes({FhirMediaTypes.FHIR_JSON, FhirMediaTypes.FHIR_XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({FhirMediaTypes.FHIR_JSON, FhirMediaTypes.FHIR_XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class ClaimSubmitResource {

    /** The note on the answer to a filing sent again. */
    static final String ALREADY_FILED = "This claim id was filed already with the same details: this is the claim filed then;"
            + " nothing new was filed";

    @Inject
    private FhirCalls calls;

    @Context
    private SecurityContext security;

    public ClaimSubmitResource() {
        // for CDI and JAX-RS
    }

    ClaimSubmitResource(FhirCalls calls, SecurityContext security) {
        this.calls = calls;
        this.security = security;
    }

    @POST
    @RolesAllowed(DeskRole.BILLING_NAME)
    public Response submit(Resource request) {
        ClaimDesk desk = calls.claims();
        MappedFhirClaim mapped = ClaimSubmission.prepare(request, calls.referenceData().orElse(null));
        FilingResult result = desk.submit(calls.caller(security), mapped.details(), mapped.planId(), null);
        if (!result.isFiled()) {
            throw ClaimSubmission.rejected(mapped, result);
        }
        URI location = URI.create("ClaimResponse?request=Claim/" + ClaimDesk.idOf(result.filed()));
        if (result.alreadyFiled()) {
            // The same claim id with the same details was filed before: its ClaimResponse, nothing new filed.
            ClaimResponse earlier = ClaimResponseAssembler.of(result.filed());
            earlier.addProcessNote().setType(Enumerations.NoteType.DISPLAY).setText(ALREADY_FILED);
            return Response.ok(earlier).contentLocation(location).build();
        }
        return Response.created(location).entity(ClaimResponseAssembler.of(result.filed(), result.findings())).build();
    }
}
