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
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.states.ClaimState;
import net.claimsnet.web.fhir.mapping.ExplanationOfBenefitAssembler;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

import java.util.List;

/**
 * GET /fhir/ExplanationOfBenefit?patient=..|claim=..: the adjudicated (and settled) claims of a member,
 * or one claim, each with its line adjudications, reasons, the member's share and the payment.
 * Claims the insurer has not decided yet have none.
 */
@Path("ExplanationOfBenefit")
@RequestScoped
@Produces({FhirMediaTypes.FHIR_JSON, FhirMediaTypes.FHIR_XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class ExplanationOfBenefitResource {

    @Inject
    private FhirCalls calls;

    @Context
    private SecurityContext security;

    @GET
    @RolesAllowed({DeskRole.BILLING_NAME, DeskRole.ADJUSTER_NAME, DeskRole.AUDITOR_NAME})
    public Bundle search(@QueryParam("patient") String patient, @QueryParam("claim") String claim) {
        DeskUser caller = calls.caller(security);
        List<ClaimState> claims;
        if (claim != null) {
            claims = ClaimLookups.claim(calls.claims(), caller, SearchParameters.claimReference("claim", claim, true)).stream().toList();
        } else if (patient != null && !patient.isBlank()) {
            claims = ClaimLookups.ofMember(calls.claims(), caller, SearchParameters.memberOf(patient));
        } else {
            throw FhirRequestException.badRequest(FhirIssue.error(IssueType.REQUIRED,
                    "Search ExplanationOfBenefit by patient (the member id) or claim (Claim/{id})", null));
        }
        return SearchParameters.searchset(claims.stream().filter(ExplanationOfBenefitAssembler::hasExplanation)
                .map(ExplanationOfBenefitAssembler::of).toList());
    }
}
