package net.claimsnet.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.server.NodeOperationsReadings;
import net.claimsnet.web.api.ApiError;
import net.claimsnet.web.api.NodeUnavailableException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.regex.Pattern;

/**
 * What the node's administrator reads about its machinery: unfinished and failed flows and the P2P
 * outbox on every node; on the notary, its commit log (how many transactions and consumed states,
 * and whether it committed a given transaction id). Counts and ids only: nothing of a claim.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Node administration", description = "Flows, outbox and the notary's commit log, as counts and ids")
@SecurityRequirement(name = "basic")
@RolesAllowed(DeskRole.NODE_ADMIN_NAME)
public class NodeAdminResource {

    /** A transaction id as the ledger writes it: a SHA-256 in hex (upper case), maybe with its algorithm. */
    private static final Pattern TRANSACTION_ID = Pattern.compile("[A-Za-z0-9:-]{64,80}");

    @EJB
    private NodeRuntime runtime;

    @EJB
    private DatabaseTransactions database;

    @GET
    @Path("flows")
    @Operation(summary = "Flows running (or waiting) and failed, P2P messages waiting for delivery and refused")
    public NodeOperationsReadings.FlowCounts flows() {
        requireRunning();
        return new NodeOperationsReadings(database).flowCounts();
    }

    @GET
    @Path("notary/commit-log")
    @Operation(summary = "The notary's commit log: transactions committed and input states consumed")
    public NodeOperationsReadings.CommitLogCounts commitLog() {
        requireNotary();
        return new NodeOperationsReadings(database).commitLogCounts();
    }

    @GET
    @Path("notary/commit-log/{transactionId}")
    @Operation(summary = "Whether the notary committed this transaction: who asked, when, how many input states it consumed")
    public Response committedTransaction(@PathParam("transactionId") String transactionId) {
        requireNotary();
        if (!TRANSACTION_ID.matcher(transactionId).matches()) {
            return error(400, "invalid-request", "transactionId must be a transaction id (64 hex digits)");
        }
        return new NodeOperationsReadings(database).committedTransaction(transactionId)
                .map(committed -> Response.ok(committed).build())
                .orElseGet(() -> error(404, "not-found", "The notary has not committed transaction " + transactionId));
    }

    private void requireNotary() {
        requireRunning();
        if (runtime.configuration().role() != NodeRole.NOTARY) {
            throw new WebApplicationException(error(403, "forbidden",
                    "Only a notary node keeps a commit log; this node is " + runtime.configuration().role()));
        }
    }

    private void requireRunning() {
        if (!runtime.isRunning()) {
            throw new NodeUnavailableException(runtime.failure().orElse("The node is not running"));
        }
    }

    private static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ApiError.of(status, code, message)).build();
    }
}
