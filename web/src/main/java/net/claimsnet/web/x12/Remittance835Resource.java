package net.claimsnet.web.x12;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.desk.DeskUser;
import net.claimsnet.web.api.ApiError;
import net.claimsnet.web.api.Callers;
import net.claimsnet.web.x12.envelope.ControlNumbers;
import net.claimsnet.web.x12.remittance.Remittance835Files;
import net.claimsnet.web.x12.remittance.SettledClaimReader;


/**
 * GET /x12/835?from=YYYY-MM-DD&amp;to=YYYY-MM-DD: the 835s (005010X221A1) for the payments made in the
 * range (payment dates, both ends included), on a provider node (billing) or the insurer's (adjuster).
 * One interchange per payer and payee, one transaction set per payment. No payment in the range is
 * 404 with a message: an 835 must name its payer and payee, and without a payment there is none.
 */
@Path("835")
@RequestScoped
public class Remittance835Resource {

    /** The media type of X12 (RFC 1767). */
    public static final String EDI_X12 = "application/EDI-X12";

    @Inject
    private Instance<ClaimDesk> desks;

    @Inject
    private ControlNumbers numbers;

    @Context
    private SecurityContext security;

    private ClaimDesk desk;

    public Remittance835Resource() {
        // for CDI and JAX-RS
    }

    Remittance835Resource(ClaimDesk desk, ControlNumbers numbers, SecurityContext security) {
        this.desk = desk;
        this.numbers = numbers;
        this.security = security;
    }

    @GET
    @RolesAllowed({DeskRole.BILLING_NAME, DeskRole.ADJUSTER_NAME})
    @Produces({EDI_X12, MediaType.APPLICATION_JSON})
    public Response remittance(@QueryParam("from") String from, @QueryParam("to") String to) {
        X12Dates range = X12Dates.of(from, to);
        DeskUser user = Callers.of(security);
        ClaimDesk claims = desk();
        byte[] edi = Remittance835Files.of(new SettledClaimReader(search -> claims.search(user, search))
                .paidBetween(range.from(), range.to()), numbers)
                .orElseThrow(() -> new NotFoundException(Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(ApiError.of(404, "no-payments", "No payment was made between " + range.from() + " and "
                                + range.to() + " on this node, so there is no 835 to send")).build()));
        return Response.ok(edi, EDI_X12)
                .header("Content-Disposition", "attachment; filename=\"835-" + range.from() + "-to-" + range.to() + ".edi\"")
                .build();
    }

    private ClaimDesk desk() {
        return desk != null ? desk : desks.get();
    }
}
