package net.claimsnet.bench.chaos;

import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.Json;
import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;
import net.claimsnet.bench.network.NetworkNode;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * One claim taken through the network by staff who do not give up when a node is down: billing
 * files it (with the claim id as its {@code Idempotency-Key}, so that a filing sent again after a
 * lost answer files nothing new), the adjuster adjudicates it by the rules and settles it, and each
 * asks again while its node does not answer, answers 5xx, or has not yet heard of the claim. A step
 * whose request was taken but whose answer was lost is found out by reading the claim, as a clerk
 * would look before doing it twice. Ends when the claim is terminal at the insurer (settled, or left
 * unpayable by the rules), or when the run's time is up.
 */
final class PersistentClerk {

    /** How a claim ended for its clerk: its ledger id once a desk accepted it, and where it stopped if not done. */
    record Outcome(GeneratedClaim claim, String id, String finalStatus, String unfinished) {
        boolean accepted() {
            return id != null;
        }
    }

    private static final Set<String> PAYABLE = Set.of("APPROVED", "PARTIALLY_APPROVED");
    private static final Set<String> UNPAYABLE = Set.of("DENIED");
    private static final long FIRST_PAUSE_MILLIS = 250;
    private static final long LONGEST_PAUSE_MILLIS = 5_000;

    private final ClaimsApi api;
    private final NetworkNode provider;
    private final NetworkNode insurer;
    private final long deadlineNanos;

    PersistentClerk(ClaimsApi api, NetworkNode provider, NetworkNode insurer, long deadlineNanos) {
        this.api = api;
        this.provider = provider;
        this.insurer = insurer;
        this.deadlineNanos = deadlineNanos;
    }

    Outcome take(GeneratedClaim claim) throws InterruptedException {
        String id = null;
        try {
            id = file(claim);
            String status = adjudicate(id);
            if (PAYABLE.contains(status)) {
                status = settle(id, "EFT-CHAOS-" + claim.claimId());
            }
            return new Outcome(claim, id, status, null);
        } catch (GaveUp gaveUp) {
            return new Outcome(claim, id, null, gaveUp.getMessage());
        }
    }

    private String file(GeneratedClaim claim) throws InterruptedException {
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            HttpResponse<String> answer = call(() -> api.file(provider, claim.json(), claim.claimId()));
            int status = answer == null ? 0 : answer.statusCode();
            if (status == 200 || status == 201) {
                return Json.text(Json.parse(answer.body()), "claim.id");
            }
            if (status == 202) {
                return awaitFound(claim);
            }
            if (status >= 400 && status < 500 && status != 404 && status != 409 && status != 429) {
                throw new GaveUp("file at " + provider.id() + ": " + new Answer(status, answer.body()).excerpt());
            }
            // No answer, 5xx, 409 (the same key's first request still running), 429: ask again.
            pause = pauseOrGiveUp("file at " + provider.id() + " (last: " + status + ")", pause);
        }
    }

    /** The filing flow runs on after a 202: the claim shows up at the provider when it ends. */
    private String awaitFound(GeneratedClaim claim) throws InterruptedException {
        Answer found = ask("find the filed claim at " + provider.id(), () -> api.findByClaimId(provider, claim.claimId()),
                answer -> answer.status() == 200 && !"0".equals(Json.text(answer.json(), "total")));
        return Json.text(((List<?>) Json.at(found.json(), "claims")).get(0), "id");
    }

    /** The claim's status once adjudicated (by this request, or by one whose answer was lost). */
    private String adjudicate(String id) throws InterruptedException {
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            Answer answer = call(() -> api.adjudicateByRules(insurer, id));
            int status = answer == null ? 0 : answer.status();
            if (status == 200) {
                return Json.text(answer.json(), "status");
            }
            if (status == 202 || status == 409) {
                // Running, or done before (a lost answer): the claim shows which once it leaves SUBMITTED.
                Answer read = ask("wait for the adjudication at " + insurer.id(), () -> api.claim(insurer, id),
                        claim -> claim.status() == 200 && !"SUBMITTED".equals(Json.text(claim.json(), "status")));
                return Json.text(read.json(), "status");
            }
            if (status >= 400 && status < 500 && status != 404 && status != 429) {
                throw new GaveUp("adjudicate at " + insurer.id() + ": " + answer.excerpt());
            }
            // 404: the insurer records the filing just after the provider's flow ends.
            pause = pauseOrGiveUp("adjudicate at " + insurer.id() + " (last: " + status + ")", pause);
        }
    }

    private String settle(String id, String paymentReference) throws InterruptedException {
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            Answer answer = call(() -> api.settle(insurer, id, paymentReference));
            int status = answer == null ? 0 : answer.status();
            if (status == 200 || status == 202 || status == 409) {
                Answer read = ask("wait for SETTLED at " + insurer.id(), () -> api.claim(insurer, id),
                        claim -> claim.status() == 200 && "SETTLED".equals(Json.text(claim.json(), "status")));
                return Json.text(read.json(), "status");
            }
            if (status >= 400 && status < 500 && status != 404 && status != 429) {
                throw new GaveUp("settle at " + insurer.id() + ": " + answer.excerpt());
            }
            pause = pauseOrGiveUp("settle at " + insurer.id() + " (last: " + status + ")", pause);
        }
    }

    /** Asks until {@code done} holds, whatever the node answers meanwhile (down, restarting, behind). */
    private Answer ask(String step, Supplier<java.util.concurrent.CompletableFuture<Answer>> question,
                       Predicate<Answer> done) throws InterruptedException {
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            Answer answer = call(question);
            if (answer != null && done.test(answer)) {
                return answer;
            }
            pause = pauseOrGiveUp(step + " (last: " + (answer == null ? "no answer" : answer.status()
                    + (answer.status() == 200 ? " " + Json.text(answer.json(), "status") : "")) + ")", pause);
        }
    }

    /** The answer, or null when the node did not answer (down, killed mid-request, refused the connection). */
    private static <T> T call(Supplier<java.util.concurrent.CompletableFuture<T>> request) throws InterruptedException {
        try {
            return request.get().get();
        } catch (ExecutionException noAnswer) {
            return null;
        }
    }

    private long pauseOrGiveUp(String step, long pause) throws InterruptedException {
        if (System.nanoTime() + pause * 1_000_000 > deadlineNanos) {
            throw new GaveUp(step + ": still not done when the run's time was up");
        }
        Thread.sleep(pause);
        return Math.min(LONGEST_PAUSE_MILLIS, pause * 2);
    }

    /** The clerk stops: a refusal no retry changes, or the run's time is up. */
    static final class GaveUp extends RuntimeException {
        GaveUp(String why) {
            super(why, null, false, false);
        }
    }
}
