package net.claimsnet.web.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.flows.access.ClaimFigures;
import net.claimsnet.flows.access.KeptFigures;
import net.claimsnet.node.desk.AuditorTearOffDesk;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.node.desk.InvalidDeskInputException;
import net.claimsnet.web.api.limits.FieldLimits;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.List;

/**
 * The auditor's figures of the claims no grant opens to it, from the tear-offs it received: status,
 * amounts, parties and transaction ids, never PHI. AUDITOR users of the auditor's node only.
 */
@Path("tear-offs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tear-offs", description = "What the auditor knows of the claims no grant opens to it")
@SecurityRequirement(name = "basic")
@APIResponse(responseCode = "401", description = "Not logged in (HTTP Basic)", content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "Not an AUDITOR user of the auditor's node", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class TearOffsResource {

    /** Each claim's latest figures, as a list answers them. */
    public record ClaimFiguresView(String claimId, String provider, String insurer, String status, BigDecimal charged,
                                   BigDecimal paid, BigDecimal patientShare, BigDecimal settled, String transactionId,
                                   String sentBy, String receivedAt) {
    }

    public record ClaimFiguresListView(List<ClaimFiguresView> claims, int total) {
    }

    @Inject
    private Instance<AuditorTearOffDesk> desks;

    private AuditorTearOffDesk desk;

    @Context
    private SecurityContext security;

    public TearOffsResource() {
        // for CDI and JAX-RS
    }

    TearOffsResource(AuditorTearOffDesk desk, SecurityContext security) {
        this.desk = desk;
        this.security = security;
    }

    @GET
    @RolesAllowed(DeskRole.AUDITOR_NAME)
    @Operation(summary = "The claims no grant opens to the auditor, each with its latest figures (AUDITOR, auditor node)",
            description = "The claims most recently moved first; at most max (1 to 500, 100 by default). Each read is audited.")
    @APIResponse(responseCode = "200", description = "The claims' figures", content = @Content(schema = @Schema(implementation = ClaimFiguresListView.class)))
    @APIResponse(responseCode = "400", description = "max out of range", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimFiguresListView claims(@QueryParam("max") @DefaultValue("100") int max) {
        if (max < 1 || max > AuditorTearOffDesk.MAX_CLAIMS) {
            throw new InvalidDeskInputException("max", "max must be between 1 and " + AuditorTearOffDesk.MAX_CLAIMS + "; was " + max);
        }
        List<ClaimFiguresView> claims = desk().claims(caller(), max).stream().map(TearOffsResource::view).toList();
        return new ClaimFiguresListView(claims, claims.size());
    }

    @GET
    @Path("{claimId}")
    @RolesAllowed(DeskRole.AUDITOR_NAME)
    @Operation(summary = "One claim's figures, transaction by transaction, oldest first (AUDITOR, auditor node)")
    @APIResponse(responseCode = "200", description = "The claim's figures", content = @Content(schema = @Schema(implementation = ClaimFiguresListView.class)))
    @APIResponse(responseCode = "404", description = "The auditor holds no tear-off of that claim", content = @Content(schema = @Schema(implementation = ApiError.class)))
    public ClaimFiguresListView history(@PathParam("claimId") String claimId) {
        List<ClaimFiguresView> history = desk().history(caller(), FieldLimits.identifier(claimId, "claimId")).stream()
                .map(TearOffsResource::view).toList();
        return new ClaimFiguresListView(history, history.size());
    }

    static ClaimFiguresView view(KeptFigures kept) {
        ClaimFigures claim = kept.figures();
        return new ClaimFiguresView(claim.getClaimId().getId().toString(), claim.getProvider().toString(),
                claim.getInsurer().toString(), claim.getStatus().name(), claim.getCharged(), claim.getPaid(),
                claim.getPatientShare(), claim.getSettled(), kept.transactionId().toString(), kept.from().toString(),
                kept.receivedAt().toString());
    }

    private AuditorTearOffDesk desk() {
        if (desk == null) {
            desk = desks.get();
        }
        return desk;
    }

    private DeskUser caller() {
        return Callers.of(security);
    }
}
