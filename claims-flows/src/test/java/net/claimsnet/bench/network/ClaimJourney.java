package net.claimsnet.bench.network;

import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.NetworkClaims.GeneratedClaim;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * One claim through the network: filed at its provider by billing staff, adjudicated by the rules
 * and settled at the insurer by the adjuster, then read at the provider until it shows SETTLED. Ends
 * with the time from filing to that read, or with the step that failed and why.
 */
final class ClaimJourney {

    /** How a claim ended: settled after {@code latencyNanos}, or failed (the reason holds no PHI). */
    record Outcome(long latencyNanos, String failure) {
        boolean settled() {
            return failure == null;
        }
    }

    private static final Set<String> PAYABLE = Set.of("APPROVED", "PARTIALLY_APPROVED");
    private static final long FIRST_POLL_MILLIS = 20;
    private static final long LONGEST_POLL_MILLIS = 250;

    private final ClaimsApi api;
    private final NetworkNode provider;
    private final NetworkNode insurer;
    private final GeneratedClaim claim;
    private final long timeoutNanos;
    private long began;

    ClaimJourney(ClaimsApi api, NetworkNode provider, NetworkNode insurer, GeneratedClaim claim, long timeoutNanos) {
        this.api = api;
        this.provider = provider;
        this.insurer = insurer;
        this.claim = claim;
        this.timeoutNanos = timeoutNanos;
    }

    CompletableFuture<Outcome> run() {
        began = System.nanoTime();
        return api.file(provider, claim.json())
                .thenCompose(this::filedId)
                .thenCompose(this::adjudicate)
                .thenCompose(this::settle)
                .thenCompose(id -> poll("wait for SETTLED at " + provider.id(), () -> api.claim(provider, id),
                        answer -> answer.status() == 200 && "SETTLED".equals(Json.text(answer.json(), "status"))))
                .handle((settled, error) -> error == null
                        ? new Outcome(System.nanoTime() - began, null)
                        : new Outcome(0, reason(error)));
    }

    private CompletableFuture<String> filedId(Answer answer) {
        if (answer.status() == 201) {
            return CompletableFuture.completedFuture(Json.text(answer.json(), "claim.id"));
        }
        if (answer.status() == 202) {
            // The filing flow is still running (a peer slow or down): it finishes on its own; find the claim then.
            return poll("find the filed claim at " + provider.id(), () -> api.findByClaimId(provider, claim.claimId()),
                    found -> found.status() == 200 && Json.text(found.json(), "total") != null
                            && !"0".equals(Json.text(found.json(), "total")))
                    .thenApply(found -> Json.text(((java.util.List<?>) Json.at(found.json(), "claims")).get(0), "id"));
        }
        throw new StepFailed("file at " + provider.id(), answer.excerpt());
    }

    private CompletableFuture<String> adjudicate(String id) {
        return api.adjudicateByRules(insurer, id).thenCompose(answer -> {
            if (answer.status() == 404 && !timedOut()) {
                // The insurer records the filing just after the provider's flow ends: ask again shortly.
                return later(FIRST_POLL_MILLIS).thenCompose(ignored -> adjudicate(id));
            }
            if (answer.status() == 202) {
                return poll("wait for the adjudication at " + insurer.id(), () -> api.claim(insurer, id),
                        read -> read.status() == 200 && !"SUBMITTED".equals(Json.text(read.json(), "status")))
                        .thenApply(read -> payable(id, read));
            }
            if (answer.status() != 200) {
                throw new StepFailed("adjudicate at " + insurer.id(), answer.excerpt());
            }
            return CompletableFuture.completedFuture(payable(id, answer));
        });
    }

    private String payable(String id, Answer adjudicated) {
        String status = Json.text(adjudicated.json(), "status");
        if (!PAYABLE.contains(status)) {
            throw new StepFailed("adjudicate at " + insurer.id(), "the rules left it " + status
                    + " (" + Json.text(adjudicated.json(), "adjudication.outcome") + "), nothing to settle");
        }
        return id;
    }

    private CompletableFuture<String> settle(String id) {
        return api.settle(insurer, id, "EFT-" + claim.claimId()).thenApply(answer -> {
            if (answer.status() != 200 && answer.status() != 202) {
                throw new StepFailed("settle at " + insurer.id(), answer.excerpt());
            }
            return id;
        });
    }

    /** Asks until {@code done} holds, waiting a little longer each time, until the claim's time is up. */
    private CompletableFuture<Answer> poll(String step, java.util.function.Supplier<CompletableFuture<Answer>> ask,
                                           java.util.function.Predicate<Answer> done) {
        return poll(step, ask, done, FIRST_POLL_MILLIS);
    }

    private CompletableFuture<Answer> poll(String step, java.util.function.Supplier<CompletableFuture<Answer>> ask,
                                           java.util.function.Predicate<Answer> done, long waitMillis) {
        return ask.get().thenCompose(answer -> {
            if (done.test(answer)) {
                return CompletableFuture.completedFuture(answer);
            }
            if (answer.status() != 200 && answer.status() != 404) {
                throw new StepFailed(step, answer.excerpt());
            }
            if (timedOut()) {
                String status = answer.status() == 200 ? Json.text(answer.json(), "status") : "not found";
                throw new StepFailed(step, "timed out after " + TimeUnit.NANOSECONDS.toSeconds(timeoutNanos)
                        + " s (last seen: " + status + ")");
            }
            return later(waitMillis).thenCompose(ignored ->
                    poll(step, ask, done, Math.min(LONGEST_POLL_MILLIS, waitMillis * 3 / 2)));
        });
    }

    private boolean timedOut() {
        return System.nanoTime() - began > timeoutNanos;
    }

    private static CompletableFuture<Void> later(long millis) {
        return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
    }

    /** "file at stmary: 422 scrub-rejected: ..." or "adjudicate at acme: no answer (HttpTimeoutException)". */
    private static String reason(Throwable error) {
        Throwable cause = error;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof StepFailed failed) {
            return failed.getMessage();
        }
        if (cause instanceof java.io.IOException) {
            return "no answer (" + cause.getClass().getSimpleName() + ")";
        }
        return "unexpected " + cause.getClass().getSimpleName() + ": " + NetworkClaims.redact(String.valueOf(cause.getMessage()));
    }

    /** A step that got an answer it cannot go on with. */
    static final class StepFailed extends RuntimeException {
        StepFailed(String step, String why) {
            super(step + ": " + why, null, false, false);
        }
    }
}
