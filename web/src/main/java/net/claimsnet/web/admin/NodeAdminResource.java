package net.claimsnet.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.Response;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.notary.NotaryService;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.backup.NodeBackups;
import net.claimsnet.node.desk.ClaimAuditTrail;
import net.claimsnet.node.desk.DeskRole;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.server.NodeOperationsReadings;
import net.claimsnet.web.api.ApiError;
import net.claimsnet.web.api.NodeUnavailableException;
import net.corda.core.crypto.SecureHash;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the node's administrator reads about its machinery: unfinished and failed flows and the P2P
 * outbox on every node; on the notary, its commit log (how many transactions and consumed states,
 * and whether it committed a given transaction id). Counts and ids only, except a failed flow's
 * reason, which the operator needs to decide between retrying and abandoning it (it may name a
 * claim or member id, never a patient's name: only NODE_ADMIN reads it, and it is not logged).
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Node administration", description = "Flows, outbox and the notary's commit log, as counts and ids")
@SecurityRequirement(name = "basic")
@RolesAllowed(DeskRole.NODE_ADMIN_NAME)
@AuditedAdminReads
public class NodeAdminResource {

    /** A transaction id as the ledger writes it: a SHA-256 in hex (upper case), maybe with its algorithm. */
    private static final Pattern TRANSACTION_ID = Pattern.compile("[A-Za-z0-9:-]{64,80}");
    private static final int MAX_FLOWS_LISTED = 1_000;

    @EJB
    private NodeRuntime runtime;

    @EJB
    private DatabaseTransactions database;

    @Context
    private SecurityContext security;

    @GET
    @Path("flows")
    @Operation(summary = "Flows running (or waiting) and failed, P2P messages waiting for delivery and refused")
    public NodeOperationsReadings.FlowCounts flows() {
        requireRunning();
        return new NodeOperationsReadings(database).flowCounts();
    }

    @GET
    @Path("flows/failed")
    @Operation(summary = "Flows that cannot go on, most recent first, with why: for an operator to retry or abandon")
    public Response failedFlows(@QueryParam("limit") @DefaultValue("100") int limit) {
        requireRunning();
        if (limit < 1 || limit > MAX_FLOWS_LISTED) {
            return error(400, "invalid-request", "limit must be between 1 and " + MAX_FLOWS_LISTED);
        }
        return Response.ok(new NodeOperationsReadings(database).failedFlows(limit)).build();
    }

    @GET
    @Path("flows/running")
    @Operation(summary = "Flows not finished, oldest first, each with the sub-flow at work and what it waits for "
            + "(whose message, how many resends): why a flow still runs")
    public Response runningFlows(@QueryParam("limit") @DefaultValue("100") int limit) {
        requireRunning();
        if (limit < 1 || limit > MAX_FLOWS_LISTED) {
            return error(400, "invalid-request", "limit must be between 1 and " + MAX_FLOWS_LISTED);
        }
        return Response.ok(runtime.node().flows().runningFlows().stream().limit(limit).toList()).build();
    }

    @POST
    @Path("flows/{flowId}/retry")
    @Operation(summary = "Run a failed flow again from its last checkpoint (it resends what it last sent)")
    public Response retry(@PathParam("flowId") String flowId) {
        requireRunning();
        return interventions().retry(flowId).map(NodeAdminResource::refused)
                .orElseGet(() -> Response.accepted(Map.of("flowId", flowId, "status", FlowStatus.RUNNING.name())).build());
    }

    /** Why the operator gives the flow up; kept with its record and told to its counterparties. */
    public record AbandonInput(String reason) {
    }

    @POST
    @Path("flows/{flowId}/abandon")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give a failed flow up: its counterparties are told, its locks released, its record kept as ABANDONED")
    public Response abandon(@PathParam("flowId") String flowId, AbandonInput input) {
        requireRunning();
        return interventions().abandon(flowId, input == null ? null : input.reason()).map(NodeAdminResource::refused)
                .orElseGet(() -> Response.accepted(Map.of("flowId", flowId, "status", FlowStatus.ABANDONED.name())).build());
    }

    private FailedFlowInterventions interventions() {
        return new FailedFlowInterventions(runtime.node().flows(), runtime.auditLog(),
                security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName());
    }

    private static Response refused(FailedFlowInterventions.Refusal refusal) {
        return error(refusal.status(), refusal.code(), refusal.message());
    }

    @POST
    @Path("backup")
    @Operation(summary = "Back the node up while it runs: database (H2; on PostgreSQL ./network backup adds pg_dump's file), "
            + "key stores with their passwords and a manifest with the node's time, under .network/backups/<node>/<time>/")
    public Response backup() {
        requireRunning();
        String operator = security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName();
        String node = runtime.configuration().id();
        // Recorded before it is done, as every intervention: a backup copies all of the node's data and keys.
        runtime.auditLog().record(operator, "BACKUP_NODE", NodeAuditLog.NODE, node, ClaimAuditTrail.ALLOWED, null);
        NodeBackups.Written written = runtime.backup();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("path", written.directory().toString());
        answer.put("takenAt", written.manifest().takenAt().toString());
        answer.put("database", written.manifest().database());
        answer.put("schemaVersion", written.manifest().schemaVersion());
        answer.put("transactions", written.manifest().transactions());
        answer.put("files", written.files());
        return Response.status(201).entity(answer).build();
    }

    @GET
    @Path("recovery")
    @Operation(summary = "How the node's catch-up from its peers after a restore from a backup went: per peer, transactions "
            + "offered and recorded; flows of the backup abandoned; filing reservations derived again")
    public Response recovery() {
        requireRunning();
        return runtime.recovery().map(report -> Response.ok(Map.of(
                        "backupTakenAt", report.backupTakenAt().toString(),
                        "since", report.since().toString(),
                        "finished", report.finished(),
                        "complete", report.complete(),
                        "recorded", report.recorded(),
                        "abandonedFlows", report.abandonedFlows(),
                        "reservationsDerived", report.reservationsDerived(),
                        "description", report.describe())).build())
                .orElseGet(() -> error(404, "not-found", "The node was not restored from a backup since it started"));
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
    @Operation(summary = "Whether the notary committed this transaction: who asked, when, how many input states it consumed"
            + " (and how many without a custody record), who signed the request kept with it and whether that signature holds")
    public Response committedTransaction(@PathParam("transactionId") String transactionId) {
        requireNotary();
        if (!TRANSACTION_ID.matcher(transactionId).matches()) {
            return error(400, "invalid-request", "transactionId must be a transaction id (64 hex digits)");
        }
        NotaryService notary = runtime.node().services().service(NotaryService.class);
        return new NodeOperationsReadings(database).committedTransaction(transactionId)
                .map(committed -> notary.keptRequest(SecureHash.create(transactionId))
                        .map(kept -> committed.withSignedRequest(kept.signer().toString(), kept.signatureValid()))
                        .orElse(committed))
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
