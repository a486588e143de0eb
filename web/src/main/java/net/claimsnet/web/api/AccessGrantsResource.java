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
import net.claimsnet.node.desk.AccessGrantDesk;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.states.AccessGrantState;
import net.claimsnet.states.AccessScope;
import net.claimsnet.states.AccessScopeKind;
import net.claimsnet.web.api.AccessGrantViews.AccessGrantInput;
import net.claimsnet.web.api.AccessGrantViews.AccessGrantListView;
import net.claimsnet.web.api.AccessGrantViews.AccessGrantView;
import net.claimsnet.web.api.AccessGrantViews.RevocationInput;
import net.claimsnet.web.api.limits.FieldLimits;
import net.corda.core.identity.CordaX500Name;
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
 * The insurer's grants of access to the auditor: its NODE_ADMIN grants and revokes them on the insurer's
 * node; the insurer's NODE_ADMIN and the auditor's AUDITOR users read the grants their node holds. A body's
 * fields are checked here (400 naming the field) before the desk checks the role and the node (403).
 */
@Path("access-grants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Access grants", description = "The insurer's grants of access to the auditor: grant, revoke, list")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "The user's role does not allow it on this node", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class AccessGrantsResource {

    /** A provider's X.500 name on the network map; longer than any identifier. */
    private static final int MAX_PROVIDER_NAME = 256;

    /** Asked for when a request needs it, so that a node not running is the request's 503, not a failed injection. */
    @Inject
    private Instance<AccessGrantDesk> desks;

    private AccessGrantDesk desk;

    @Context
    private SecurityContext security;

    public AccessGrantsResource() {
        // for CDI and JAX-RS
    }

    AccessGrantsResource(AccessGrantDesk desk, SecurityContext security) {
        this.desk = desk;
        this.security = security;
    }

    @POST
    @RolesAllowed(DeskRole.NODE_ADMIN_NAME)
    @Operation(summary = "Grant the auditor access to part of the insurer's claims (NODE_ADMIN, insurer node)",
            description = "{\"scope\": \"PROVIDER|MEMBER|CLAIM|SERVICE_DATES\", \"subject\": provider name, member id or claim "
                    + "ledger id, \"from\"/\"until\": service dates (SERVICE_DATES), \"purpose\": at most 200 characters, "
                    + "\"lastDay\": the last day (UTC) of access, at most 366 days ahead}. Notarised; the auditor receives it.")
    @APIResponse(responseCode = "201", description = "Granted; Location names the grant", content = @Content(schema = @Schema(implementation = AccessGrantView.class)))
    @APIResponse(responseCode = "400", description = "A missing or malformed field (named in field)", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "The ledger refused", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response grant(AccessGrantInput input) {
        ClaimAssembler.requireBody(input);
        AccessScope scope = scope(input);
        String purpose = ClaimAssembler.required(input.purpose(), "purpose");
        LocalDate lastDay = ClaimAssembler.date(input.lastDay(), "lastDay", true);
        Instant expiresAt = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        AccessGrantState grant = desk().grant(caller(), scope, purpose, expiresAt);
        return Response.created(URI.create("access-grants/" + AccessGrantDesk.idOf(grant))).entity(view(grant, desk().now())).build();
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed(DeskRole.NODE_ADMIN_NAME)
    @Operation(summary = "Revoke a grant now (NODE_ADMIN, insurer node)", description = "{\"reason\": why, at most 200 characters}")
    @APIResponse(responseCode = "200", description = "The grant, revoked", content = @Content(schema = @Schema(implementation = AccessGrantView.class)))
    @APIResponse(responseCode = "400", description = "No reason", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "404", description = "No such grant of this insurer", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "409", description = "Revoked already, or the ledger refused", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public AccessGrantView revoke(@PathParam("id") String id, RevocationInput input) {
        ClaimAssembler.requireBody(input);
        String reason = ClaimAssembler.required(input.reason(), "reason");
        return view(desk().revoke(caller(), FieldLimits.identifier(id, "id"), reason), desk().now());
    }

    @GET
    @RolesAllowed({DeskRole.NODE_ADMIN_NAME, DeskRole.AUDITOR_NAME})
    @Operation(summary = "The grants this node holds (NODE_ADMIN on an insurer node, AUDITOR on the auditor's)",
            description = "Current versions, revoked ones too, newest first; every read is audited.")
    @APIResponse(responseCode = "200", description = "The grants", content = @Content(schema = @Schema(implementation = AccessGrantListView.class)))
    public AccessGrantListView grants() {
        Instant now = desk().now();
        List<AccessGrantView> grants = desk().grants(caller()).stream().map(grant -> view(grant, now)).toList();
        return new AccessGrantListView(grants, grants.size());
    }

    private static AccessScope scope(AccessGrantInput input) {
        AccessScopeKind kind = ClaimAssembler.enumOf(AccessScopeKind.class, input.scope(), "scope", null);
        if (kind == null) {
            throw new InvalidDeskInputException("scope", "scope is required: one of PROVIDER, MEMBER, CLAIM, SERVICE_DATES");
        }
        switch (kind) {
            case SERVICE_DATES:
                return AccessScope.servicesBetween(ClaimAssembler.date(input.from(), "from", true),
                        ClaimAssembler.date(input.until(), "until", true));
            case PROVIDER:
                return AccessScope.provider(providerName(ClaimAssembler.required(input.subject(), "subject")));
            case MEMBER:
                return AccessScope.member(FieldLimits.identifier(ClaimAssembler.required(input.subject(), "subject"), "subject").trim());
            default:
                return AccessScope.claim(FieldLimits.identifier(ClaimAssembler.required(input.subject(), "subject"), "subject").trim());
        }
    }

    private static CordaX500Name providerName(String name) {
        if (name.length() > MAX_PROVIDER_NAME) {
            throw new InvalidDeskInputException("subject", "subject has " + name.length() + " characters; a provider's name is at most "
                    + MAX_PROVIDER_NAME);
        }
        try {
            return CordaX500Name.parse(name.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidDeskInputException("subject", "subject must be the provider's name on the network map, as"
                    + " O=St. Mary Hospital,L=Boston,C=US");
        }
    }

    static AccessGrantView view(AccessGrantState grant, Instant now) {
        AccessScope scope = grant.getScope();
        return new AccessGrantView(AccessGrantDesk.idOf(grant), scope.getKind().name(), scope.getSubject(),
                text(scope.getFrom()), text(scope.getUntil()), grant.getPurpose(), grant.getInsurer().getName().toString(),
                grant.getAuditor().getName().toString(), grant.getIssuedAt().toString(), grant.getExpiresAt().toString(),
                grant.getRevokedAt() == null ? null : grant.getRevokedAt().toString(), grant.getRevocationReason(),
                grant.inForceAt(now));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private AccessGrantDesk desk() {
        if (desk == null) {
            desk = desks.get();
        }
        return desk;
    }

    private DeskUser caller() {
        return Callers.of(security);
    }
}
