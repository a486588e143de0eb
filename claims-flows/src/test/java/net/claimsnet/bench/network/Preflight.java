package net.claimsnet.bench.network;

import net.claimsnet.bench.network.ClaimsApi.Answer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Before any claim: every node answers its health check UP, and the REST API takes the demo users
 * the benchmark acts as. Says in words what is missing ({@link NotReady}) instead of failing every claim.
 */
public final class Preflight {

    /** The network cannot run the benchmark; the message says why and what to do. */
    public static final class NotReady extends Exception {
        public NotReady(String message) {
            super(message, null, false, false);
        }
    }

    private final ClaimsApi api;

    public Preflight(ClaimsApi api) {
        this.api = api;
    }

    public void checkHealth(List<NetworkNode> nodes) throws NotReady {
        List<String> problems = new ArrayList<>();
        boolean noneAnswers = true;
        for (NetworkNode node : nodes) {
            Answer health;
            try {
                health = api.getAnonymous(node.uri("health/ready"), Duration.ofSeconds(10)).get(15, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                problems.add(node.describe() + " does not answer");
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NotReady("Interrupted");
            }
            noneAnswers = false;
            String status = statusOf(health);
            if (!"UP".equals(status)) {
                problems.add(node.describe() + " is not ready (" + (status == null ? "HTTP " + health.status() : status)
                        + reasonOf(health) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new NotReady((noneAnswers ? "The network is not up" : "The network is not ready") + ":\n  "
                    + String.join("\n  ", problems) + "\n"
                    + (noneAnswers ? "run ./network up first" : "see ./network status; run ./network up first if it is down"));
        }
    }

    /** Checks the user can search the node's claims; answers how many the node holds (what the user sees). */
    public long claimsHeld(NetworkNode node) throws NotReady {
        Answer answer;
        try {
            answer = api.get(node, "api/claims?size=1").get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new NotReady(node.describe() + " does not answer GET /api/claims (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("Interrupted");
        }
        switch (answer.status()) {
            case 200:
                return Long.parseLong(Json.text(answer.json(), "total"));
            case 401:
                throw new NotReady(node.describe() + " refused " + node.user() + " (401): the demo users are added on a node's"
                        + " first start unless -Dclaimsnet.demo-users=false; give another password with -Dbench.password."
                        + node.user().substring(0, node.user().indexOf('@')) + "=...");
            case 403:
                throw new NotReady(node.describe() + ": " + node.user() + " may not search claims (403)");
            case 404:
                throw new NotReady(node.describe() + " has no REST API (404 for /api/claims): deploy the current EAR (./network up)");
            default:
                throw new NotReady(node.describe() + " cannot search claims: " + answer.excerpt());
        }
    }

    private static String statusOf(Answer health) {
        try {
            return Json.text(health.json(), "status");
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }

    private static String reasonOf(Answer health) {
        try {
            Object checks = Json.at(health.json(), "checks");
            if (checks instanceof List<?> list) {
                for (Object check : list) {
                    String reason = Json.text(check, "data.reason");
                    if (reason != null) {
                        return ": " + reason;
                    }
                }
            }
        } catch (IllegalArgumentException notJson) {
            // the status says enough
        }
        return "";
    }
}
