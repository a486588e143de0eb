package net.claimsnet.bench.desk;

import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.ClaimsApi.Answer;
import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkNode;
import net.claimsnet.bench.network.Preflight;
import net.claimsnet.bench.network.Preflight.NotReady;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Makes the provider hold at least as many claims as the benchmark asks for: files the missing ones
 * through the REST API as its billing user (the network benchmark's generated claims, continuing after
 * the claims the node holds), a bounded number at a time, printing progress; then waits until the
 * node counts them (a filing answered 202 is recorded when its flow ends).
 */
final class ClaimFiling {

    private static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(10);
    /** Filings answered 202 finish in the background; the count may lag behind the answers for a while. */
    private static final long SETTLE_NANOS = TimeUnit.MINUTES.toNanos(3);
    /** Stop early when filing fails this often before any succeeds: something is wrong with every claim. */
    private static final int FAILURES_BEFORE_GIVING_UP = 20;

    private final ClaimsApi api;
    private final Preflight preflight;
    private final NetworkClaims generator;
    private final NetworkClaims.Provider provider;
    private final NetworkNode billing;
    private final int concurrency;
    private final LongAdder filed = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final Map<String, LongAdder> reasons = new ConcurrentHashMap<>();

    ClaimFiling(ClaimsApi api, Preflight preflight, NetworkClaims generator, NetworkClaims.Provider provider,
                NetworkNode billing, int concurrency) {
        this.api = api;
        this.preflight = preflight;
        this.generator = generator;
        this.provider = provider;
        this.billing = billing;
        this.concurrency = concurrency;
    }

    /** Files claims until the node holds {@code target}; answers how many it holds. */
    long fillTo(long target) throws NotReady, InterruptedException {
        long held = preflight.claimsHeld(billing);
        if (held >= target) {
            System.out.printf(Locale.ROOT, "claims at %s: %d (at least %d asked for)%n", billing.organisation(), held, target);
            return held;
        }
        long missing = target - held;
        System.out.printf(Locale.ROOT, "claims at %s: %d; filing %d more through the REST API, %d at a time%n",
                billing.organisation(), held, missing, concurrency);
        Semaphore inFlight = new Semaphore(concurrency);
        long start = System.nanoTime();
        long lastProgress = start;
        for (long i = 0; i < missing; i++) {
            inFlight.acquire();
            if (failed.sum() >= FAILURES_BEFORE_GIVING_UP && filed.sum() == 0) {
                inFlight.release();
                throw new NotReady(billing.describe() + " refused the first " + failed.sum() + " claims the benchmark filed:\n"
                        + reasons());
            }
            // The provider's claims so far took their (member, services, date) slots: go on after them.
            String claim = generator.claim(provider, held + i).json();
            api.file(billing, claim).whenComplete((answer, unexpected) -> {
                try {
                    record(answer, unexpected);
                } finally {
                    inFlight.release();
                }
            });
            if (System.nanoTime() - lastProgress > PROGRESS_NANOS) {
                lastProgress = System.nanoTime();
                progress(missing, start);
            }
        }
        inFlight.acquire(concurrency);
        inFlight.release(concurrency);
        progress(missing, start);
        if (failed.sum() > 0) {
            System.out.printf(Locale.ROOT, "%d filing(s) failed:%n%s", failed.sum(), reasons());
        }
        return awaitCount(target);
    }

    private void record(Answer answer, Throwable unexpected) {
        if (unexpected == null && (answer.status() == 201 || answer.status() == 202)) {
            filed.increment();
            return;
        }
        String reason = unexpected != null ? unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage()
                : answer.excerpt();
        reasons.computeIfAbsent(reason, r -> new LongAdder()).increment();
        failed.increment();
    }

    private void progress(long missing, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "  filed %d of %d (%.1f claims/s), %d failed%n", filed.sum(), missing,
                filed.sum() / Math.max(seconds, 0.001), failed.sum());
    }

    private String reasons() {
        StringBuilder text = new StringBuilder();
        reasons.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum())).limit(10)
                .forEach(entry -> text.append(String.format(Locale.ROOT, "  %6d x %s%n", entry.getValue().sum(), entry.getKey())));
        return text.toString();
    }

    private long awaitCount(long target) throws NotReady, InterruptedException {
        long deadline = System.nanoTime() + SETTLE_NANOS;
        long held = preflight.claimsHeld(billing);
        while (held < target && System.nanoTime() < deadline) {
            TimeUnit.SECONDS.sleep(2);
            held = preflight.claimsHeld(billing);
        }
        if (held < target) {
            throw new NotReady(String.format(Locale.ROOT, "%s holds %d claims, not the %d asked for (%d filings failed);"
                    + " run the benchmark again to file the rest", billing.describe(), held, target, failed.sum()));
        }
        System.out.printf(Locale.ROOT, "claims at %s: %d%n", billing.organisation(), held);
        return held;
    }
}
