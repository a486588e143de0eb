package net.claimsnet.bench.chaos;

import net.claimsnet.bench.network.ClaimsApi;
import net.claimsnet.bench.network.NetworkClaims;
import net.claimsnet.bench.network.NetworkClaims.Provider;
import net.claimsnet.bench.network.NetworkNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Claims through the network while nodes die: {@code concurrency} clerks, each taking one claim
 * through to its end ({@link PersistentClerk}) and then the next, filed alternately at St. Mary and
 * Lakeside, until told to stop starting new ones; the claims under way are then finished.
 */
final class ClaimsLoad {

    private final ClaimsApi api;
    private final NetworkClaims generator;
    private final Map<Provider, NetworkNode> providers;
    private final NetworkNode insurer;
    private final Map<Provider, AtomicLong> sequences;
    private final int concurrency;
    private final AtomicBoolean starting = new AtomicBoolean(true);
    private final AtomicLong claimNumber = new AtomicLong();
    private final List<PersistentClerk.Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
    private ExecutorService clerks;
    private volatile long deadlineNanos;

    ClaimsLoad(ClaimsApi api, NetworkClaims generator, Map<Provider, NetworkNode> providers, NetworkNode insurer,
               Map<Provider, AtomicLong> sequences, int concurrency) {
        this.api = api;
        this.generator = generator;
        this.providers = providers;
        this.insurer = insurer;
        this.sequences = sequences;
        this.concurrency = concurrency;
    }

    /** Starts the clerks; each claim may take until {@code deadlineNanos} (moved by {@link #finish}). */
    void start(long deadline) {
        this.deadlineNanos = deadline;
        clerks = Executors.newFixedThreadPool(concurrency);
        for (int i = 0; i < concurrency; i++) {
            clerks.execute(this::clerk);
        }
    }

    private void clerk() {
        while (starting.get()) {
            Provider provider = claimNumber.getAndIncrement() % 2 == 0 ? Provider.ST_MARY : Provider.LAKESIDE;
            var claim = generator.claim(provider, sequences.get(provider).getAndIncrement());
            try {
                outcomes.add(new PersistentClerk(api, providers.get(provider), insurer, deadlineNanos).take(claim));
            } catch (InterruptedException stopped) {
                // The run's time is up: the claim is still checked (the provider says whether a desk accepted it).
                outcomes.add(new PersistentClerk.Outcome(claim, null, null, "still under way when the run's time was up"));
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** "41 claims ended (38 settled), 12 under way": for the run's progress lines. */
    String progress() {
        List<PersistentClerk.Outcome> ended;
        synchronized (outcomes) {
            ended = List.copyOf(outcomes);
        }
        long settled = ended.stream().filter(outcome -> "SETTLED".equals(outcome.finalStatus())).count();
        return ended.size() + " claims ended (" + settled + " settled), " + (claimNumber.get() - ended.size()) + " under way";
    }

    /** No new claims; waits until the claims under way have ended, at most until {@code deadline}. */
    List<PersistentClerk.Outcome> finish(long deadline) throws InterruptedException {
        deadlineNanos = deadline;
        starting.set(false);
        clerks.shutdown();
        if (!clerks.awaitTermination(Math.max(1, deadline - System.nanoTime()) + TimeUnit.MINUTES.toNanos(1), TimeUnit.NANOSECONDS)) {
            clerks.shutdownNow();
        }
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }
}
