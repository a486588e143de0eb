package net.claimsnet.web.x12.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.web.x12.ack.Ack277CaWriter;
import net.claimsnet.web.x12.intake.ClaimFileIntake;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/**
 * GET /x12/277ca/{interchange control number}: the 277CA of an 837 file, each claim accepted (with
 * its ledger id) or rejected (with why), for the claims dealt with so far; 404 for a file this node
 * does not keep.
 */
@Path("277ca")
@RequestScoped
public class ClaimAcknowledgementResource {

    private static final AtomicLong CONTROL_NUMBERS = new AtomicLong(System.currentTimeMillis() / 1000 % 900_000_000L);

    @Inject
    private ClaimFileIntake intake;

    private Clock clock = Clock.systemUTC();

    public ClaimAcknowledgementResource() {
        // for CDI and JAX-RS
    }

    /** Over a given intake (tests). */
    public ClaimAcknowledgementResource(ClaimFileIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    @GET
    @Path("{controlNumber}")
    @Produces({ClaimFilesResource.EDI_X12, MediaType.APPLICATION_JSON})
    @RolesAllowed(DeskRole.BILLING_NAME)
    public Response acknowledgement(@PathParam("controlNumber") String controlNumber) {
        return intake.find(controlNumber)
                .map(file -> Response.ok(Ack277CaWriter.write(file,
                        () -> String.format("%09d", CONTROL_NUMBERS.incrementAndGet() % 1_000_000_000L),
                        LocalDateTime.now(clock)), ClaimFilesResource.EDI_X12).build())
                .orElseGet(() -> ClaimFilesResource.error(404, "not-found", "No 837 with interchange control number "
                        + controlNumber + " was received by this node since it started"));
    }
}
