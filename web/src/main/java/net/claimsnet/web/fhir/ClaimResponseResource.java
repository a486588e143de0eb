package net.claimsnet.web.fhir;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.web.fhir.mapping.ClaimResponseAssembler;
import org.hl7.fhir.r4.model.Bundle;

/** GET /fhir/ClaimResponse?request=Claim/{id}: the insurer's answer to a claim so far, as a searchset. */
@Path("ClaimResponse")
@RequestScoped
@Produces({FhirMediaTypes.FHIR_JSON, FhirMediaTypes.FHIR_XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class ClaimResponseResource {

    @Inject
    private FhirCalls calls;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({DeskRole.BILLING_NAME, DeskRole.ADJUSTER_NAME, DeskRole.AUDITOR_NAME})
    public Bundle search(@QueryParam("request") String request) {
        String claimId = SearchParameters.claimReference("request", request, true);
        return SearchParameters.searchset(ClaimLookups.claim(calls.claims(), calls.caller(security), claimId)
                .map(ClaimResponseAssembler::of).stream().toList());
    }
}
