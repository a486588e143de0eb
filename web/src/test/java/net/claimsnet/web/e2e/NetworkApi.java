package net.claimsnet.web.e2e;

import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.Json;
import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;
import net.claimsnet.bench.network.NetworkNode;
import net.claimsnet.bench.network.RegulatorGrants;
import net.claimsnet.web.NetworkTrust;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The running network's REST API as the end-to-end tests use it: the network benchmark's client
 * ({@link ClaimsApi}, over each node's HTTPS listener, trusting the network's TLS root) with each
 * node's demo desk user, plus the administrators, and the waits a claim's journey needs (a peer
 * records a transaction shortly after the flow that made it ends).
 */
final class NetworkApi {

    /** A flow answers within 30 s or with 202; a step that goes through peers may take longer on busy cores. */
    static final Duration STEP_TIMEOUT = Duration.ofMinutes(3);

    final ClaimsApi api = new ClaimsApi(NetworkTrust.runningNetwork().sslContext());
    final List<NetworkNode> nodes = NetworkNode.all(NetworkScript.ROOT.resolve("config").resolve("nodes"));
    final NetworkNode notary = node("notary");
    final NetworkNode acme = node("acme");
    final NetworkNode stmary = node("stmary");
    final NetworkNode lakeside = node("lakeside");
    final NetworkNode regulator = node("regulator");

    NetworkNode node(String id) {
        return NetworkNode.byId(nodes, id);
    }

    /** The node's demo administrator (NODE_ADMIN). */
    NetworkNode admin(NetworkNode node) {
        return node.as("admin");
    }

    /** Waits for an answer (the client's own timeout is 45 s). */
    static Answer answer(CompletableFuture<Answer> call) {
        try {
            return call.get(2, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new AssertionError("request failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no answer in 2 minutes", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static Answer expect(int status, Answer answer, String what) {
        if (answer.status() != status) {
            throw new AssertionError(what + ": expected HTTP " + status + ", got " + answer.excerpt());
        }
        return answer;
    }

    // ---- enrolment at the insurer -------------------------------------------------------------

    /** Enrols the member on the plan for the plan year (coverage and benefit accumulator), as admin@acme. */
    void enrol(String memberId, String subscriberId, String planId, LocalDate from) {
        String body = "{\"memberId\": " + Json.quote(memberId) + ", \"subscriberId\": " + Json.quote(subscriberId)
                + ", \"planId\": " + Json.quote(planId) + ", \"effectiveFrom\": " + Json.quote(from.toString()) + "}";
        expect(201, answer(api.post(admin(acme), "api/coverages", body)), "enrolling a member at Acme");
    }

    /** The member's coverage at Acme with its benefit accumulator (deductible and out-of-pocket met). */
    Object coverage(String memberId) {
        Answer answer = expect(200, answer(api.get(admin(acme), "api/coverages?member=" + memberId)),
                "reading a member's coverage at Acme");
        List<?> coverages = (List<?>) Json.at(answer.json(), "coverages");
        if (coverages == null || coverages.size() != 1) {
            throw new AssertionError("expected one coverage for the member at Acme, got " + answer.body().length()
                    + " characters: " + (coverages == null ? "no list" : coverages.size() + " coverages"));
        }
        return coverages.get(0);
    }

    static BigDecimal outOfPocketMet(Object coverage) {
        String met = Json.text(coverage, "accumulator.outOfPocketMet");
        if (met == null) {
            throw new AssertionError("the coverage has no open benefit accumulator");
        }
        return new BigDecimal(met);
    }

    // ---- the regulator's access grants -----------------------------------------------------------

    /** Grants the regulator each provider's claims at Acme, unless granted already ({@link RegulatorGrants}). */
    void grantRegulatorEveryProvidersClaims() {
        try {
            RegulatorGrants.ensure(api, admin(acme), NetworkScript.ROOT.resolve("config").resolve("nodes"), List.of(stmary, lakeside));
        } catch (Exception e) {
            throw new AssertionError("granting the regulator the providers' claims: " + e.getMessage(), e);
        }
    }

    // ---- claims -------------------------------------------------------------------------------

    /** Files the claim at its provider as billing staff; its ledger id (a 202 is followed up by claim id). */
    String file(NetworkNode provider, GeneratedClaim claim) {
        Answer filed = answer(api.file(provider, claim.json()));
        if (filed.status() == 201) {
            return Json.text(filed.json(), "claim.id");
        }
        expect(202, filed, "filing claim " + claim.claimId() + " at " + provider.id());
        Object page = Await.until("claim " + claim.claimId() + " filed at " + provider.id(), STEP_TIMEOUT,
                () -> answer(api.findByClaimId(provider, claim.claimId())).json(),
                found -> !((List<?>) Json.at(found, "claims")).isEmpty());
        return Json.text(((List<?>) Json.at(page, "claims")).get(0), "id");
    }

    /** The claim as the node's desk user reads it, once it has the status (the node records it shortly after the flow). */
    Object claimWithStatus(NetworkNode node, String id, String status) {
        return Await.until("claim " + id + " " + status + " at " + node.id(), STEP_TIMEOUT,
                () -> answer(api.claim(node, id)), answer -> answer.status() == 200
                        && status.equals(Json.text(answer.json(), "status"))).json();
    }

    /** The claim at the node once it is there at all, whatever its status. */
    Object claimAt(NetworkNode node, String id) {
        return Await.until("claim " + id + " at " + node.id(), STEP_TIMEOUT,
                () -> answer(api.claim(node, id)), answer -> answer.status() == 200).json();
    }

    static String status(Object claim) {
        return Json.text(claim, "status");
    }

    /** The claim's transactions at the node, oldest first. */
    List<?> history(NetworkNode node, String id) {
        Answer answer = expect(200, answer(api.get(node, "api/claims/" + id + "/history")), "history of " + id + " at " + node.id());
        return (List<?>) Json.at(answer.json(), "transactions");
    }

    static List<String> transactionIds(List<?> history) {
        return history.stream().map(t -> Json.text(t, "transactionId")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> commands(Object transaction) {
        return (List<String>) Json.at(transaction, "commands");
    }

    /** How many of the history's transactions carry the command (e.g. an adjudication). */
    static long countWithCommand(List<?> history, String commandFragment) {
        return history.stream().filter(t -> commands(t).stream().anyMatch(c -> c.contains(commandFragment))).count();
    }

    /** What the notary's commit log says about the transaction (admin@notary): 200 or 404. */
    Answer committedAtNotary(String transactionId) {
        return answer(api.get(admin(notary), "api/admin/notary/commit-log/" + transactionId));
    }

    /** The node's unfinished and failed flows and undelivered messages (admin). */
    Object flows(NetworkNode node) {
        return expect(200, answer(api.get(admin(node), "api/admin/flows")), "flows at " + node.id()).json();
    }
}
