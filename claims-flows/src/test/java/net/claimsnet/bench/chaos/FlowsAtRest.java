package net.claimsnet.bench.chaos;

import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.Json;
import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkNode;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static net.claimsnet.bench.chaos.Findings.Kind.STUCK;

/**
 * Waits until no node runs a flow or has a message to send (what the nodes' administrators read in
 * {@code /api/admin/flows}); what is still running when the time is up is stuck. Flows that failed
 * during the run are listed with their reasons (an operator sees them and can retry or abandon them);
 * one that failed without a reason is stuck too. Of a flow still running, what it waits for and from whom is printed.
 */
final class FlowsAtRest {

    private final ClaimsApi api;
    private final Findings findings;

    FlowsAtRest(ClaimsApi api, Findings findings) {
        this.api = api;
        this.findings = findings;
    }

    /** Waits until every node is at rest or the deadline passes; then counts what is left at each. */
    void await(List<NetworkNode> nodes, long deadlineNanos, Instant since) throws InterruptedException {
        for (NetworkNode node : nodes) {
            NetworkNode admin = node.as("admin");
            Object flows = flows(admin);
            while (busy(flows) > 0 && System.nanoTime() < deadlineNanos) {
                Thread.sleep(2_000);
                flows = flows(admin);
            }
            if (busy(flows) > 0 && !passingWork(admin)) {
                findings.add(STUCK, node.id() + " still runs " + Json.text(flows, "running") + " flow(s) and has "
                        + Json.text(flows, "outboxPending") + " message(s) to send after the quiet period");
                reportRunning(admin);
            }
            reportFailures(admin, since);
        }
    }

    /**
     * Whether what keeps the node busy at the deadline is work that comes and goes, not a flow that stays: the
     * nodes start flows of their own all the time (each hands the auditor a signed head of its audit log), and
     * one caught in flight at the deadline is not stuck. Busy for 20 s more with a flow that was running at the
     * start of them, or with messages left to send all along, is stuck.
     */
    private boolean passingWork(NetworkNode admin) throws InterruptedException {
        Set<String> lingering = runningFlowIds(admin);
        for (int look = 0; look < 10; look++) {
            Thread.sleep(2_000);
            Object flows = flows(admin);
            if (busy(flows) == 0) {
                return true;
            }
            lingering.retainAll(runningFlowIds(admin));
            if (lingering.isEmpty() && Long.parseLong(Json.text(flows, "outboxPending")) == 0) {
                return true;
            }
        }
        return false;
    }

    private Set<String> runningFlowIds(NetworkNode admin) throws InterruptedException {
        Set<String> ids = new HashSet<>();
        for (Object running : (List<?>) read(admin, "api/admin/flows/running?limit=1000").json()) {
            ids.add(Json.text(running, "flowId"));
        }
        return ids;
    }

    /** What each flow left running waits for, as its node's operator reads it: the lead to why it is stuck. */
    private void reportRunning(NetworkNode admin) throws InterruptedException {
        for (Object running : (List<?>) read(admin, "api/admin/flows/running?limit=1000").json()) {
            Killer.say("%s: flow %s (%s, at %s) started %s still waits for %s from %s after %s resend(s)", admin.id(),
                    Json.text(running, "flowId"), shortName(Json.text(running, "flowName")), shortName(Json.text(running, "frame")),
                    Json.text(running, "startedAt"), Json.text(running, "waitingFor"), Json.text(running, "counterparty"),
                    Json.text(running, "attempts"));
        }
    }

    private static String shortName(String className) {
        return className == null ? null : className.substring(className.lastIndexOf('.') + 1);
    }

    private void reportFailures(NetworkNode admin, Instant since) throws InterruptedException {
        for (Object failed : (List<?>) read(admin, "api/admin/flows/failed?limit=1000").json()) {
            Instant at = Instant.parse(Json.text(failed, "failedAt"));
            if (at.isBefore(since)) {
                continue;
            }
            String reason = Json.text(failed, "failure");
            if (reason == null || reason.isBlank()) {
                findings.add(STUCK, admin.id() + "'s flow " + Json.text(failed, "flowId") + " (" + Json.text(failed, "flowName")
                        + ") failed without a reason");
            } else {
                Killer.say("%s: flow %s (%s) failed: %s", admin.id(), Json.text(failed, "flowId"), Json.text(failed, "flowName"),
                        NetworkClaims.redact(reason.length() > 200 ? reason.substring(0, 197) + "..." : reason));
            }
        }
    }

    private static long busy(Object flows) {
        return Long.parseLong(Json.text(flows, "running")) + Long.parseLong(Json.text(flows, "outboxPending"));
    }

    private Object flows(NetworkNode admin) throws InterruptedException {
        return read(admin, "api/admin/flows").json();
    }

    private Answer read(NetworkNode admin, String path) throws InterruptedException {
        return QuietReads.get(api, admin, path, Set.of(200));
    }
}
