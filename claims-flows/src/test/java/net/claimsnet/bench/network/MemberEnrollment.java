package net.claimsnet.bench.network;

import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.Preflight.NotReady;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The benchmark's members at the insurer: each of M-B0001… enrolled on {@value NetworkClaims#PLAN_ID}
 * for the plan year of its claims, unless an active coverage covers it already, in one request
 * (POST /api/coverages/batch) as the insurer's administrator (admin@acme, NODE_ADMIN). Says in words
 * what stops it ({@link NotReady}); member ids and dates in the insurer's reasons are redacted.
 */
public final class MemberEnrollment {

    /** Two flows per member, one member after another: generous, so that only a stuck node times out. */
    static final Duration TIMEOUT = Duration.ofMinutes(10);
    /** Refusals quoted in the message; the rest are counted. */
    private static final int REASONS_SHOWN = 3;

    /** What the insurer answered, counted. */
    public record Result(int enrolled, int alreadyCovered) {
        @Override
        public String toString() {
            return enrolled + " enrolled, " + alreadyCovered + " covered already";
        }
    }

    private final ClaimsApi api;

    public MemberEnrollment(ClaimsApi api) {
        this.api = api;
    }

    /** Enrols the members the claims use at the insurer, as its administrator. */
    public Result enroll(NetworkNode insurerAdmin, NetworkClaims claims) throws NotReady {
        Answer answer;
        try {
            answer = api.enrollAll(insurerAdmin, requestJson(claims), TIMEOUT)
                    .get(TIMEOUT.toSeconds() + 15, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new NotReady(insurerAdmin.describe() + " did not answer the enrolment of the benchmark's members ("
                    + (e instanceof TimeoutException ? "timed out" : e.getCause().getClass().getSimpleName()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotReady("Interrupted");
        }
        return interpret(insurerAdmin, answer);
    }

    /** The batch request: every member on the plan for the whole plan year of the claims. */
    static String requestJson(NetworkClaims claims) {
        int year = claims.planYear();
        StringJoiner members = new StringJoiner(", ", "{\"members\": [", "]}");
        for (int i = 0; i < claims.members(); i++) {
            members.add("{\"memberId\": " + Json.quote(NetworkClaims.memberId(i))
                    + ", \"subscriberId\": " + Json.quote(NetworkClaims.subscriberId(i))
                    + ", \"planId\": " + Json.quote(NetworkClaims.PLAN_ID)
                    + ", \"effectiveFrom\": " + Json.quote(year + "-01-01")
                    + ", \"effectiveTo\": " + Json.quote(year + "-12-31") + "}");
        }
        return members.toString();
    }

    static Result interpret(NetworkNode insurerAdmin, Answer answer) throws NotReady {
        switch (answer.status()) {
            case 200:
                break;
            case 401:
                throw new NotReady(insurerAdmin.describe() + " refused " + insurerAdmin.user() + " (401): the demo users are"
                        + " added on a node's first start unless -Dclaimsnet.demo-users=false; give another password with"
                        + " -Dbench.password.admin=...");
            case 403:
                throw new NotReady(insurerAdmin.describe() + ": " + insurerAdmin.user() + " may not enrol members (403; it"
                        + " needs the NODE_ADMIN role)");
            case 404:
            case 405:
                throw new NotReady(insurerAdmin.describe() + " cannot enrol members (" + answer.status() + " for"
                        + " /api/coverages/batch): deploy the current EAR (./network up)");
            default:
                throw new NotReady(insurerAdmin.describe() + " did not enrol the benchmark's members: " + answer.excerpt());
        }
        Object body;
        try {
            body = answer.json();
        } catch (IllegalArgumentException notJson) {
            throw new NotReady(insurerAdmin.describe() + " answered the enrolment with something that is not JSON: "
                    + answer.excerpt());
        }
        int stillRunning = number(body, "stillRunning");
        List<String> refusals = new ArrayList<>();
        if (Json.at(body, "members") instanceof List<?> members) {
            for (Object member : members) {
                if ("REFUSED".equals(Json.text(member, "result"))) {
                    String field = Json.text(member, "field");
                    String message = Json.text(member, "message");
                    refusals.add(NetworkClaims.redact(message == null ? "refused" : message) + (field == null ? "" : " [" + field + "]"));
                }
            }
        }
        if (!refusals.isEmpty() || stillRunning > 0) {
            StringBuilder why = new StringBuilder(insurerAdmin.describe()).append(" did not enrol every member the benchmark uses");
            if (!refusals.isEmpty()) {
                why.append(String.format(Locale.ROOT, "; %d refused, e.g.:%n  ", refusals.size()))
                        .append(String.join(System.lineSeparator() + "  ", refusals.subList(0, Math.min(REASONS_SHOWN, refusals.size()))));
            }
            if (stillRunning > 0) {
                why.append(String.format(Locale.ROOT, "%n%d enrolment(s) still running at the insurer (a peer slow or down);"
                        + " run the benchmark again in a minute", stillRunning));
            }
            throw new NotReady(why.toString());
        }
        return new Result(number(body, "enrolled"), number(body, "alreadyCovered"));
    }

    private static int number(Object body, String name) {
        String value = Json.text(body, name);
        return value == null ? 0 : Integer.parseInt(value);
    }
}
