package net.claimsnet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.ClaimPage;
import net.claimsnet.node.desk.ClaimSearch;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.FilingResult;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.ClaimStatus;
import net.claimsnet.web.api.ActionInputs.AdjudicationInput;
import net.claimsnet.web.api.ActionInputs.AppealInput;
import net.claimsnet.web.api.ActionInputs.InformationInput;
import net.claimsnet.web.api.ActionInputs.InformationRequestInput;
import net.claimsnet.web.api.ActionInputs.SettlementInput;
import net.claimsnet.web.api.ClaimViews.ClaimPageView;
import net.claimsnet.web.api.ClaimViews.ClaimView;
import net.claimsnet.web.api.ClaimViews.FilingView;
import net.claimsnet.web.api.ClaimViews.HistoryView;
import net.claimsnet.web.api.limits.FieldLimits;
import net.claimsnet.web.api.limits.JsonBodyLimit;
import net.claimsnet.web.api.limits.JsonBudget;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * Claims on this node, as the claim desk scopes them to the caller: billing staff on a provider node
 * file and follow up their claims, adjusters on the insurer's node decide and pay, auditors read.
 * Paths name a claim by its ledger id ({@code id} in every answer).
 */
@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "File, find, read, decide and pay healthcare claims")
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "The user's role, or this node's role, does not allow it", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class ClaimsResource {

    private static final String READERS_DOC = "BILLING, ADJUSTER or AUDITOR; each sees its node's claims only";

    /** Asked for when a request needs it, so that a node not running is the request's 503, not a failed injection. */
    @Inject
    private Instance<ClaimDesk> desks;

    private ClaimDesk desk;

    @Context
    private SecurityContext security;

    public ClaimsResource() {
        // for CDI and JAX-RS
    }

    ClaimsResource(ClaimDesk desk, SecurityContext security) {
        this.desk = desk;
        this.security = security;
    }

    @POST
    @RolesAllowed(DeskRole.BILLING_NAME)
    @JsonBodyLimit(JsonBudget.CLAIM)
    @Operation(summary = "File a claim (BILLING, provider node)",
            description = "Scrubs the claim; if the rules find no error, files it with the insurer (the only one on the network "
                    + "unless 'insurer' names one): signed by both, notarised, copied to the auditor.")
    @APIResponse(responseCode = "201", description = "Filed", content = @Content(schema = @Schema(implementation = FilingView.class)))
    @APIResponse(responseCode = "200", description = "This claim id was filed before with the same details: that claim, alreadyFiled true; nothing new filed",
            content = @Content(schema = @Schema(implementation = FilingView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a missing field (named)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "422", description = "Rejected by the scrub rules; nothing filed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The insurer or the notary refused it, or this claim id was filed before with other details "
            + "(the message names them; correct a filed claim by replacing it)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response submit(ClaimFilingInput input) {
        ClaimAssembler.requireBody(input);
        return filed(desk().submit(caller(), ClaimAssembler.details(input), input.planId(), input.insurer()));
    }

    @GET
    @RolesAllowed({DeskRole.BILLING_NAME, DeskRole.ADJUSTER_NAME, DeskRole.AUDITOR_NAME})
    @Operation(summary = "Search claims (" + READERS_DOC + ")",
            description = "Every criterion is optional; dates bound the first date of service, inclusive. Most recent service first.")
    @APIResponse(responseCode = "200", description = "A page of claims", content = @Content(schema = @Schema(implementation = ClaimPageView.class)))
    @APIResponse(responseCode = "400", description = "A malformed parameter (named)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimPageView search(
            @Parameter(description = "SUBMITTED, PENDED, INFO_REQUESTED, INFO_PROVIDED, APPROVED, PARTIALLY_APPROVED, DENIED, SETTLED, APPEALED, VOIDED or REPLACED") @QueryParam("status") String status,
            @Parameter(description = "The member id") @QueryParam("member") String member,
            @Parameter(description = "The provider's organisation or X.500 name") @QueryParam("provider") String provider,
            @Parameter(description = "The provider's own claim id") @QueryParam("claimId") String claimId,
            @Parameter(description = "yyyy-MM-dd") @QueryParam("from") String from,
            @Parameter(description = "yyyy-MM-dd") @QueryParam("to") String to,
            @Parameter(description = "From 0") @QueryParam("page") String page,
            @Parameter(description = "1 to 100, default 20") @QueryParam("size") String size) {
        ClaimSearch search = new ClaimSearch(ClaimAssembler.enumOf(ClaimStatus.class, status, "status", null), member,
                provider, ClaimAssembler.date(from, "from", false), ClaimAssembler.date(to, "to", false), claimId,
                number(page, "page", 0), number(size, "size", ClaimSearch.DEFAULT_SIZE));
        ClaimPage found = desk().search(caller(), search);
        return new ClaimPageView(found.claims().stream().map(ClaimAssembler::summary).toList(), found.page(),
                found.size(), found.total());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({DeskRole.BILLING_NAME, DeskRole.ADJUSTER_NAME, DeskRole.AUDITOR_NAME})
    @Operation(summary = "A claim in full (" + READERS_DOC + "); the read is audited")
    @APIResponse(responseCode = "200", description = "The claim", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "No such claim in the caller's scope", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimView claim(@PathParam("id") String id) {
        return ClaimAssembler.view(desk().claim(caller(), id));
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({DeskRole.BILLING_NAME, DeskRole.ADJUSTER_NAME, DeskRole.AUDITOR_NAME})
    @Operation(summary = "Every transaction of the claim, oldest first (" + READERS_DOC + ")",
            description = "Command, when this node recorded it, time window (filings), signers, whether notarised, status after.")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(schema = @Schema(implementation = HistoryView.class)))
    @APIResponse(responseCode = "404", description = "No such claim in the caller's scope", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public HistoryView history(@PathParam("id") String id) {
        return new HistoryView(id, desk().history(caller(), id));
    }

    @POST
    @Path("{id}/information-requests")
    @RolesAllowed(DeskRole.ADJUSTER_NAME)
    @Operation(summary = "Ask the provider for information (ADJUSTER, insurer node)")
    @APIResponse(responseCode = "200", description = "The claim, INFO_REQUESTED", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "409", description = "Not possible in the claim's status", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimView requestInformation(@PathParam("id") String id, InformationRequestInput input) {
        ClaimAssembler.requireBody(input);
        return ClaimAssembler.view(desk().requestInformation(caller(), id, input.question(), input.requestedItems()));
    }

    @POST
    @Path("{id}/information")
    @RolesAllowed(DeskRole.BILLING_NAME)
    @Operation(summary = "Answer the open request for information (BILLING, provider node)",
            description = "Text and/or documents by SHA-256 (64 hex digits).")
    @APIResponse(responseCode = "200", description = "The claim, INFO_PROVIDED", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "409", description = "No open request", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimView provideInformation(@PathParam("id") String id, InformationInput input) {
        ClaimAssembler.requireBody(input);
        return ClaimAssembler.view(desk().provideInformation(caller(), id, input.answer(),
                ClaimAssembler.hashes(input.documents(), "documents")));
    }

    @POST
    @Path("{id}/adjudication")
    @RolesAllowed(DeskRole.ADJUSTER_NAME)
    @Operation(summary = "Adjudicate (ADJUSTER, insurer node)",
            description = "{} lets the insurer's rules decide (they may pend the claim); otherwise 'lines' holds the adjuster's "
                    + "decision for every service line: APPROVED, REDUCED or DENIED with adjustments (group CO/PR/OA/PI, CARC, "
                    + "optional RARC, amount). Paid = charge - adjustments; patient responsibility = PR adjustments.")
    @APIResponse(responseCode = "200", description = "The claim, decided or pended", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "400", description = "A line missing or malformed (named)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Not possible in the claim's status, or the contract refused the decision", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimView adjudicate(@PathParam("id") String id, AdjudicationInput input) {
        if (input == null || input.lines() == null || input.lines().isEmpty()) {
            return ClaimAssembler.view(desk().adjudicateByRules(caller(), id));
        }
        return ClaimAssembler.view(desk().adjudicate(caller(), id, ClaimAssembler.decisions(input.lines())));
    }

    @POST
    @Path("{id}/settlement")
    @RolesAllowed(DeskRole.ADJUSTER_NAME)
    @Operation(summary = "Pay what the adjudication allows (ADJUSTER, insurer node)",
            description = "paymentReference is the EFT trace number; paymentDate (yyyy-MM-dd) defaults to today.")
    @APIResponse(responseCode = "200", description = "The claim, SETTLED", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "409", description = "Not approved (e.g. DENIED) or pays nothing", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimView settle(@PathParam("id") String id, SettlementInput input) {
        ClaimAssembler.requireBody(input);
        return ClaimAssembler.view(desk().settle(caller(), id, FieldLimits.identifier(input.paymentReference(), "paymentReference"),
                ClaimAssembler.date(input.paymentDate(), "paymentDate", false)));
    }

    @POST
    @Path("{id}/appeal")
    @RolesAllowed(DeskRole.BILLING_NAME)
    @Operation(summary = "Appeal the adjudication (BILLING, provider node)")
    @APIResponse(responseCode = "200", description = "The claim, APPEALED", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "409", description = "Not adjudicated yet", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimView appeal(@PathParam("id") String id, AppealInput input) {
        ClaimAssembler.requireBody(input);
        return ClaimAssembler.view(desk().appeal(caller(), id, input.reason(), ClaimAssembler.hashes(input.documents(), "documents")));
    }

    @POST
    @Path("{id}/void")
    @RolesAllowed(DeskRole.BILLING_NAME)
    @Operation(summary = "Void an unsettled claim (BILLING, provider node; frequency 8)")
    @APIResponse(responseCode = "200", description = "The claim, VOIDED", content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "409", description = "Settled, voided or replaced already", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimView voidClaim(@PathParam("id") String id) {
        return ClaimAssembler.view(desk().voidClaim(caller(), id));
    }

    @POST
    @Path("{id}/replacement")
    @RolesAllowed(DeskRole.BILLING_NAME)
    @JsonBodyLimit(JsonBudget.CLAIM)
    @Operation(summary = "Replace an unsettled claim by a corrected one (BILLING, provider node; frequency 7)",
            description = "The body is a claim as for filing, with its own claimId; it is scrubbed first. The original ends REPLACED.")
    @APIResponse(responseCode = "201", description = "The replacement, SUBMITTED", content = @Content(schema = @Schema(implementation = FilingView.class)))
    @APIResponse(responseCode = "422", description = "Rejected by the scrub rules; nothing changed", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Settled, voided or replaced already", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response replace(@PathParam("id") String id, ClaimFilingInput input) {
        ClaimAssembler.requireBody(input);
        return filed(desk().replace(caller(), id, ClaimAssembler.details(input), input.planId()));
    }

    private Response filed(FilingResult result) {
        if (!result.isFiled()) {
            long errors = result.findings().stream().filter(f -> f.severity().name().equals("ERROR")).count();
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(422, "scrub-rejected", "The claim fails " + errors + " scrub rule(s); nothing was filed",
                            null, ClaimAssembler.findings(result.findings()), null))
                    .build();
        }
        ClaimState claim = result.filed();
        FilingView view = new FilingView(ClaimAssembler.view(claim), ClaimAssembler.findings(result.findings()),
                result.alreadyFiled());
        if (result.alreadyFiled()) {
            // The same claim id with the same details was filed before: that claim, nothing new.
            return Response.ok(view).contentLocation(URI.create("claims/" + ClaimDesk.idOf(claim))).build();
        }
        return Response.created(URI.create("claims/" + ClaimDesk.idOf(claim))).entity(view).build();
    }

    private ClaimDesk desk() {
        if (desk == null) {
            desk = desks.get();
        }
        return desk;
    }

    private net.claimsnet.node.desk.DeskUser caller() {
        return Callers.of(security);
    }

    private static int number(String value, String field, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidDeskInputException(field, field + " must be a whole number; was " + value);
        }
    }
}
