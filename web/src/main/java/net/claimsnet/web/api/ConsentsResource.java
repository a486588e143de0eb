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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.node.desk.MemberConsentDesk;
import net.claimsnet.states.MemberConsentState;
import net.claimsnet.web.api.MemberConsentViews.ConsentInput;
import net.claimsnet.web.api.MemberConsentViews.ConsentListView;
import net.claimsnet.web.api.MemberConsentViews.ConsentView;
import net.claimsnet.web.api.MemberConsentViews.WithdrawalInput;
import net.claimsnet.web.api.limits.FieldLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Members' consents to share their claim history with a provider: the insurer's ADJUSTER and NODE_ADMIN users
 * record and withdraw them for the member; they, and a provider's BILLING users (the consents naming it), read
 * them. A body's fields are checked here (400 naming the field) before the desk checks the role and the node (403).
 */
@Path("consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Member consents", description = "A member's consent that a second provider see their claim history: record, withdraw, list")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "The user's role does not allow it on this node", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class ConsentsResource {

    /** Asked for when a request needs it, so that a node not running is the request's 503, not a failed injection. */
    @Inject
    private Instance<MemberConsentDesk> desks;

    private MemberConsentDesk desk;

    @Context
    private SecurityContext security;

    public ConsentsResource() {
        // for CDI and JAX-RS
    }

    ConsentsResource(MemberConsentDesk desk, SecurityContext security) {
        this.desk = desk;
        this.security = security;
    }

    @POST
    @RolesAllowed({DeskRole.ADJUSTER_NAME, DeskRole.NODE_ADMIN_NAME})
    @Operation(summary = "Record a member's consent that a provider see their claim history (ADJUSTER or NODE_ADMIN, insurer node)",
            description = "{\"memberId\": a member enrolled with this insurer, \"provider\": the provider's organisation or name on "
                    + "the network map, \"purpose\": at most 200 characters, \"lastDay\": the last day (UTC) of the consent, at most "
                    + "366 days ahead}. Notarised; the provider receives it.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the consent", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "A missing or malformed field (named in field)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "A consent of the member for the provider is in force already, or the ledger refused", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response record(ConsentInput input) {
        ClaimAssembler.requireBody(input);
        String memberId = FieldLimits.identifier(ClaimAssembler.required(input.memberId(), "memberId"), "memberId");
        String provider = ClaimAssembler.required(input.provider(), "provider");
        String purpose = ClaimAssembler.required(input.purpose(), "purpose");
        LocalDate lastDay = ClaimAssembler.date(input.lastDay(), "lastDay", true);
        Instant expiresAt = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        MemberConsentState consent = desk().record(caller(), memberId, provider, purpose, expiresAt);
        return Response.created(URI.create("consents/" + MemberConsentDesk.idOf(consent))).entity(view(consent, desk().now())).build();
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({DeskRole.ADJUSTER_NAME, DeskRole.NODE_ADMIN_NAME})
    @Operation(summary = "Record that the member withdrew a consent, now (ADJUSTER or NODE_ADMIN, insurer node)",
            description = "{\"reason\": why, at most 200 characters}")
    @APIResponse(responseCode = "200", description = "The consent, withdrawn", content = @Content(schema = @Schema(implementation = ConsentView.class)))
    @APIResponse(responseCode = "400", description = "No reason", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such consent of this insurer", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Withdrawn already, or the ledger refused", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ConsentView withdraw(@PathParam("id") String id, WithdrawalInput input) {
        ClaimAssembler.requireBody(input);
        String reason = ClaimAssembler.required(input.reason(), "reason");
        return view(desk().withdraw(caller(), FieldLimits.identifier(id, "id"), reason), desk().now());
    }

    @GET
    @RolesAllowed({DeskRole.ADJUSTER_NAME, DeskRole.NODE_ADMIN_NAME, DeskRole.BILLING_NAME})
    @Operation(summary = "The consents this node holds (ADJUSTER or NODE_ADMIN on an insurer node; BILLING on a provider node, those naming it)",
            description = "Current versions, withdrawn ones too, newest first; every read is audited.")
    @APIResponse(responseCode = "200", description = "The consents", content = @Content(schema = @Schema(implementation = ConsentListView.class)))
    public ConsentListView consents() {
        Instant now = desk().now();
        List<ConsentView> consents = desk().consents(caller()).stream().map(consent -> view(consent, now)).toList();
        return new ConsentListView(consents, consents.size());
    }

    static ConsentView view(MemberConsentState consent, Instant now) {
        return new ConsentView(MemberConsentDesk.idOf(consent), consent.getMemberId(), consent.getProvider().getName().toString(),
                consent.getInsurer().getName().toString(), consent.getPurpose(), consent.getIssuedAt().toString(),
                consent.getExpiresAt().toString(), consent.getWithdrawnAt() == null ? null : consent.getWithdrawnAt().toString(),
                consent.getWithdrawalReason(), consent.inForceAt(now));
    }

    private MemberConsentDesk desk() {
        if (desk == null) {
            desk = desks.get();
        }
        return desk;
    }

    private DeskUser caller() {
        return Callers.of(security);
    }
}
