package net.claimsnet.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.ledger.VaultDigest;
import net.claimsnet.storage.jpa.notary.CommitLogDigest;
import net.claimsnet.web.api.ApiError;
import net.claimsnet.web.api.NodeUnavailableException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The node's ledger as refs and hashes, for comparing nodes with each other and with the notary
 * ({@code ./chaos} after it killed nodes under load): each state recorded or consumed since a time,
 * with its content's hash and the transaction that consumed it, and on the notary each input it
 * committed. No state's content, so no PHI: an administrator reads no claim through it.
 */
@Path("admin/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Node administration", description = "Flows, outbox and the notary's commit log, as counts and ids")
@SecurityRequirement(name = "basic")
@RolesAllowed(DeskRole.NODE_ADMIN_NAME)
@AuditedAdminReads
public class LedgerDigestResource {

    static final int MAX_ENTRIES = 200_000;

    @EJB
    private NodeRuntime runtime;

    @EJB
    private DatabaseTransactions database;

    @GET
    @Path("digest")
    @Operation(summary = "States recorded or consumed since a time as ref, content hash and consuming transaction;"
            + " on the notary also the inputs it committed")
    public Response digest(@QueryParam("since") String since, @QueryParam("limit") @DefaultValue("50000") int limit) {
        if (!runtime.isRunning()) {
            throw new NodeUnavailableException(runtime.failure().orElse("The node is not running"));
        }
        Instant from;
        try {
            from = since == null || since.isBlank() ? Instant.EPOCH : Instant.parse(since);
        } catch (DateTimeParseException notAnInstant) {
            return error("since must be an ISO-8601 instant such as 2026-12-06T10:15:30Z");
        }
        if (limit < 1 || limit > MAX_ENTRIES) {
            return error("limit must be between 1 and " + MAX_ENTRIES);
        }
        Map<String, Object> digest = new LinkedHashMap<>();
        digest.put("node", runtime.configuration().legalName().toString());
        digest.put("since", from.toString());
        // One more than asked shows whether the list was cut.
        List<VaultDigest.HeldState> states = new VaultDigest(database, runtime.columns()).changedSince(from, limit + 1);
        digest.put("statesTruncated", states.size() > limit);
        digest.put("states", states.size() > limit ? states.subList(0, limit) : states);
        if (runtime.configuration().role() == NodeRole.NOTARY) {
            List<CommitLogDigest.CommittedState> commits = new CommitLogDigest(database).committedSince(from, limit + 1);
            digest.put("notaryCommitsTruncated", commits.size() > limit);
            digest.put("notaryCommits", commits.size() > limit ? commits.subList(0, limit) : commits);
        }
        return Response.ok(digest).build();
    }

    private static Response error(String message) {
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(400, "invalid-request", message)).build();
    }
}
