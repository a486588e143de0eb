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
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.flows.claim.EligibilityAnswer;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.EnrolledCoverage;
import net.claimsnet.web.fhir.mapping.EligibilityAssembler;
import net.claimsnet.web.fhir.mapping.FhirMappingException;
import org.hl7.fhir.r4.model.CoverageEligibilityRequest;
import org.hl7.fhir.r4.model.CoverageEligibilityResponse;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Resource;

import java.time.LocalDate;
import java.util.List;

/**
 * POST /fhir/CoverageEligibilityRequest/$submit: whether the member is covered on the day asked, and
 * the plan's benefits with what is used of them. On the insurer's node (ADJUSTER or NODE_ADMIN) from
 * the coverage and accumulators on its ledger (read through the coverage desk, audited); on a
 * provider's node (BILLING) the question is forwarded to the insurer over the network (the desk's
 * member look-up, EligibilityFlow), which answers providers only and records each answer.
 */
@Path("CoverageEligibilityRequest/{operation: (?:\\$|%24)submit}")
@RequestScoped
@Consumes({FhirMediaTypes.FHIR_JSON, FhirMediaTypes.FHIR_XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
@Produces({FhirMediaTypes.FHIR_JSON, FhirMediaTypes.FHIR_XML, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public class EligibilityResource {

    @Inject
    private FhirCalls calls;

    @Context
    private SecurityContext security;

    @POST
    @RolesAllowed({DeskRole.ADJUSTER_NAME, DeskRole.NODE_ADMIN_NAME, DeskRole.BILLING_NAME})
    public CoverageEligibilityResponse submit(Resource body) {
        CoverageEligibilityRequest request = FhirParsing.require(body, CoverageEligibilityRequest.class, "CoverageEligibilityRequest/$submit");
        NodeRole role = calls.nodeRole().orElse(null);
        if (role != NodeRole.INSURER && role != NodeRole.PROVIDER) {
            throw new FhirRequestException(403, List.of(FhirIssue.error(IssueType.FORBIDDEN,
                    "Eligibility is answered by an insurer's node, or asked at a provider's; this node is neither", null)));
        }
        List<FhirIssue> structural = FhirValidation.structural(request);
        if (Outcomes.hasErrors(structural)) {
            throw new FhirRequestException(400, structural);
        }
        String memberId;
        try {
            memberId = EligibilityAssembler.memberIdOf(request);
        } catch (FhirMappingException e) {
            throw new FhirRequestException(422, e.issues());
        }
        LocalDate day = EligibilityAssembler.dayOf(request, LocalDate.now());
        if (role == NodeRole.PROVIDER) {
            String insurer = request.getInsurer().hasDisplay() ? request.getInsurer().getDisplay() : null;
            EligibilityAnswer answer = calls.claims().eligibility(calls.caller(security), memberId, day, insurer);
            return EligibilityAssembler.answer(request, answer, insurer == null ? "the network's insurer" : insurer);
        }
        List<EnrolledCoverage> coverages = calls.coverages().coverages(calls.caller(security), memberId);
        return EligibilityAssembler.answer(request, memberId, day, coverages, calls.nodeName());
    }
}
