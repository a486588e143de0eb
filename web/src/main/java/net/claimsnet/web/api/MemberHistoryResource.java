package net.claimsnet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.flows.consent.MemberHistoryAnswer;
import net.claimsnet.flows.consent.MemberHistoryClaim;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.node.desk.MemberConsentDesk;
import net.claimsnet.web.api.MemberConsentViews.HistoryClaimView;
import net.claimsnet.web.api.MemberConsentViews.HistoryServiceView;
import net.claimsnet.web.api.MemberConsentViews.MemberHistoryView;
import net.claimsnet.web.api.limits.FieldLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * A provider's BILLING users ask the insurer for the claims other providers filed for a member, which the
 * insurer answers under the member's consent for this provider; without one, 403 saying whose consent is missing
 * (error {@code no-consent}, apart from a role's 403, {@code forbidden}).
 */
@Path("members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Member history", description = "A member's claims at other providers, under the member's consent")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class MemberHistoryResource {

    @Inject
    private Instance<MemberConsentDesk> desks;

    private MemberConsentDesk desk;

    @Context
    private SecurityContext security;

    public MemberHistoryResource() {
        // for CDI and JAX-RS
    }

    MemberHistoryResource(MemberConsentDesk desk, SecurityContext security) {
        this.desk = desk;
        this.security = security;
    }

    @GET
    @Path("{memberId}/history")
    @RolesAllowed(DeskRole.BILLING_NAME)
    @Operation(summary = "The member's claims filed by other providers, under the member's consent (BILLING, provider node)",
            description = "Asks the insurer (the query parameter insurer: its organisation or name; may be left out when the network has "
                    + "one), which answers only under a consent of the member for this provider in force now, and records what it disclosed.")
    @APIResponse(responseCode = "200", description = "The history: each claim's status, diagnoses, services and amounts", content = @Content(schema = @Schema(implementation = MemberHistoryView.class)))
    @APIResponse(responseCode = "400", description = "A malformed member id or an unknown insurer (named in field)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "403", description = "The user's role does not allow it on this node (forbidden), or the insurer holds no consent of the member for this provider in force (no-consent)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The insurer could not be asked", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public MemberHistoryView history(@PathParam("memberId") String memberId, @QueryParam("insurer") String insurer) {
        String member = FieldLimits.identifier(memberId, "memberId");
        return view(desk().history(Callers.of(security), member, insurer));
    }

    static MemberHistoryView view(MemberHistoryAnswer answer) {
        List<HistoryClaimView> claims = answer.getClaims().stream().map(MemberHistoryResource::view).toList();
        return new MemberHistoryView(answer.getMemberId(), answer.getConsentId(), claims, claims.size());
    }

    private static HistoryClaimView view(MemberHistoryClaim claim) {
        return new HistoryClaimView(claim.getStatus(), claim.getDiagnosisCodes(),
                claim.getServices().stream().map(s -> new HistoryServiceView(s.getDateOfService(), s.getProcedureCode(), s.getCharge())).toList(),
                claim.getBilled(), claim.getAllowed(), claim.getPaid());
    }

    private MemberConsentDesk desk() {
        if (desk == null) {
            desk = desks.get();
        }
        return desk;
    }
}
