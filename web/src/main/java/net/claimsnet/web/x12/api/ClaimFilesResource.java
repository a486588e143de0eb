package net.claimsnet.web.x12.api;

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
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.web.api.ApiError;
import net.claimsnet.web.api.Callers;
import net.claimsnet.web.x12.intake.ClaimFile;
import net.claimsnet.web.x12.intake.ClaimFileIntake;
import net.claimsnet.web.x12.read.NotX12Exception;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * 837 files in: POST answers the 999 at once (200, application/EDI-X12) and files every claim of the
 * accepted transaction sets in the background through the desk's submission; its Location is the
 * file's progress. A body that is not X12 is 400 (nothing kept); one too big is 413; a node that is not
 * a provider's is 403.
 */
@Path("837")
@RequestScoped
public class ClaimFilesResource {

    public static final String EDI_X12 = "application/EDI-X12";
    /** Some 40 MB: 25,000 claims of the usual size; a bigger batch is several files. */
    static final int MAX_BYTES = 40 * 1024 * 1024;

    @Inject
    private Instance<ClaimDesk> desks;

    @Inject
    private ClaimFileIntake intake;

    @Context
    private SecurityContext security;

    private ClaimDesk desk;

    public ClaimFilesResource() {
        // for CDI and JAX-RS
    }

    /** Over a given desk and intake (tests). */
    public ClaimFilesResource(ClaimDesk desk, ClaimFileIntake intake, SecurityContext security) {
        this.desk = desk;
        this.intake = intake;
        this.security = security;
    }

    @POST
    @Consumes({EDI_X12, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces({EDI_X12, MediaType.APPLICATION_JSON})
    @RolesAllowed(DeskRole.BILLING_NAME)
    public Response submit(InputStream body) {
        byte[] content;
        try {
            content = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return error(400, "unreadable-body", "The request body could not be read: " + e.getMessage());
        }
        if (content.length > MAX_BYTES) {
            return error(413, "too-large", "An 837 file may have at most " + MAX_BYTES / (1024 * 1024) + " MB: split it");
        }
        ClaimDesk claims = desk();
        if (claims.nodeRole() != NodeRole.PROVIDER) {
            return error(403, "not-a-provider-node", "837 claims are filed on a provider's node; this node is "
                    + claims.nodeRole());
        }
        ClaimFile file;
        try {
            file = intake.receive(Callers.of(security), claims, content, null);
        } catch (NotX12Exception e) {
            return error(400, "not-x12", e.getMessage());
        }
        return Response.ok(file.acknowledgement(), EDI_X12)
                .location(URI.create("837/" + file.review().controlNumbers().get(0)))
                .header("X-Claims-Queued", file.items().size())
                .build();
    }

    @GET
    @Path("{controlNumber}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(DeskRole.BILLING_NAME)
    public Response status(@PathParam("controlNumber") String controlNumber) {
        return intake.find(controlNumber)
                .map(file -> Response.ok(ClaimFileStatus.of(file), MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> error(404, "not-found", "No 837 with interchange control number " + controlNumber
                        + " was received by this node since it started"));
    }

    static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(status, code, message)).build();
    }

    private ClaimDesk desk() {
        if (desk == null) {
            desk = desks.get();
        }
        return desk;
    }
}
