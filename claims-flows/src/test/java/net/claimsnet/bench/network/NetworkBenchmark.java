package net.claimsnet.bench.network;

import net.claimsnet.bench.network.ClaimJourney.Outcome;
import net.claimsnet.bench.network.NetworkClaims.Provider;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * {@code ./bench network}: claims through the running network (./network up) over its REST API.
 * Each claim is filed alternately at St. Mary Hospital and Lakeside Clinic by their billing user,
 * adjudicated by the rules and settled with a payment reference at Acme by its adjuster, and read at
 * its provider until it shows SETTLED. A fixed number of claims is in flight at a time. After a
 * warm-up round, prints the median throughput of the timed rounds ({@code network-settled-claims/s})
 * and the latency from filing to SETTLED at the provider over all their claims
 * ({@code network-latency-ms p50=… p99=…}). A claim that fails is reported with its step and reason
 * and not counted as settled.
 *
 * <p>Options ({@code -Dname=value}): {@code claims} per round (200), {@code concurrency} claims in
 * flight (32), {@code rounds} timed (3), {@code warmup} claims (as many as a round),
 * {@code members} (64), {@code timeout} seconds a claim may take (120), {@code nodes.config}
 * (config/nodes), {@code tls.root} the certificate the nodes' HTTPS listeners are trusted by
 * (.network/tls/root.pem), {@code bench.password.billing|adjuster|admin} (the demo passwords).
 *
 * <p>Before the claims, Acme's administrator (admin@acme) enrols the members the claims use on their
 * plan for the year (one bulk request; members covered already are left as they are).
 */
public final class NetworkBenchmark {

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            if (arg.startsWith("-D") && arg.contains("=")) {
                System.setProperty(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        int claims = positive("claims", 200);
        int concurrency = positive("concurrency", 32);
        int rounds = positive("rounds", 3);
        int warmup = Integer.getInteger("warmup", claims);
        int members = positive("members", 64);
        long timeoutNanos = TimeUnit.SECONDS.toNanos(positive("timeout", 120));

        ClaimsApi api = new ClaimsApi(TlsRoot.configured());
        List<NetworkNode> nodes = NetworkNode.all(Path.of(System.getProperty("nodes.config", "config/nodes")));
        NetworkNode insurer = NetworkNode.byId(nodes, "acme");
        Map<Provider, NetworkNode> providers = Map.of(
                Provider.ST_MARY, NetworkNode.byId(nodes, Provider.ST_MARY.nodeId),
                Provider.LAKESIDE, NetworkNode.byId(nodes, Provider.LAKESIDE.nodeId));
        Map<Provider, AtomicInteger> sequences = new ConcurrentHashMap<>();
        Preflight preflight = new Preflight(api);
        NetworkClaims generator = new NetworkClaims(members, Long.toString(System.currentTimeMillis() / 1000, 36),
                LocalDate.now());
        try {
            preflight.checkHealth(nodes);
            preflight.claimsHeld(insurer);
            // The claims need the members covered at the insurer: its administrator enrols those not covered yet.
            MemberEnrollment.Result enrolled = new MemberEnrollment(api).enroll(insurer.as("admin"), generator);
            System.out.printf(Locale.ROOT, "members at %s: %s (%s..%s on %s for %d)%n", insurer.organisation(), enrolled,
                    generator.firstMemberId(), generator.lastMemberId(), NetworkClaims.PLAN_ID, generator.planYear());
            for (Provider provider : Provider.values()) {
                // A provider's claims so far took their slots (NetworkClaims): go on after them.
                sequences.put(provider, new AtomicInteger((int) preflight.claimsHeld(providers.get(provider))));
            }
        } catch (Preflight.NotReady notReady) {
            System.err.println(notReady.getMessage());
            System.exit(2);
        }

        System.out.printf(Locale.ROOT, "network: %d claims per round, %d in flight, %d timed round(s) after %d warm-up claims;"
                        + " members %s..%s on %s%n", claims, concurrency, rounds, warmup, generator.firstMemberId(),
                generator.lastMemberId(), NetworkClaims.PLAN_ID);
        long needed = (warmup + (long) claims * rounds + 1) / 2;
        for (Provider provider : Provider.values()) {
            if (sequences.get(provider).get() + needed > generator.capacity()) {
                System.out.printf(Locale.ROOT, "warning: %s holds %d claims; with %d more, services repeat and the"
                                + " insurer denies them as duplicates (raise -Dmembers)%n",
                        provider.nodeId, sequences.get(provider).get(), needed);
            }
        }

        NetworkBenchmark bench = new NetworkBenchmark(api, generator, providers, insurer, sequences, concurrency, timeoutNanos);
        if (warmup > 0) {
            Round round = bench.run(warmup);
            System.out.printf(Locale.ROOT, "warm-up: %s%n", round);
        }
        List<Double> throughputs = new ArrayList<>();
        List<Double> cpuPerClaim = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            Round round = bench.run(claims);
            throughputs.add(round.throughput());
            round.cpuMillisPerClaim().ifPresent(cpuPerClaim::add);
            latencies.addAll(round.latencies);
            System.out.printf(Locale.ROOT, "round %d: %s%n", r, round);
        }
        bench.reportFailures(generator);
        System.out.printf(Locale.ROOT, "network-settled-claims/s: %.1f%n", BenchStatistics.median(throughputs));
        if (!latencies.isEmpty()) {
            long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
            System.out.printf(Locale.ROOT, "network-latency-ms p50=%d p99=%d%n",
                    TimeUnit.NANOSECONDS.toMillis(BenchStatistics.percentile(nanos, 50)),
                    TimeUnit.NANOSECONDS.toMillis(BenchStatistics.percentile(nanos, 99)));
        }
        if (!cpuPerClaim.isEmpty()) {
            System.out.printf(Locale.ROOT, "network-cpu-ms-per-claim: %.0f%n", BenchStatistics.median(cpuPerClaim));
        }
        System.exit(bench.failed.sum() == 0 ? 0 : 1);
    }

    private final ClaimsApi api;
    private final NetworkClaims generator;
    private final Map<Provider, NetworkNode> providers;
    private final NetworkNode insurer;
    private final Map<Provider, AtomicInteger> sequences;
    private final int concurrency;
    private final long timeoutNanos;
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final LongAdder failed = new LongAdder();
    private final LongAdder attempted = new LongAdder();
    private int claimNumber;

    private NetworkBenchmark(ClaimsApi api, NetworkClaims generator, Map<Provider, NetworkNode> providers,
                             NetworkNode insurer, Map<Provider, AtomicInteger> sequences, int concurrency,
                             long timeoutNanos) {
        this.api = api;
        this.generator = generator;
        this.providers = providers;
        this.insurer = insurer;
        this.sequences = sequences;
        this.concurrency = concurrency;
        this.timeoutNanos = timeoutNanos;
    }

    /**
     * A round's result: claims settled (with their latencies) and failed, the time it took, and the
     * machine's busy core-seconds meanwhile (NaN where they cannot be read).
     */
    private record Round(int claims, List<Long> latencies, int failed, double seconds, double busyCoreSeconds) {
        double throughput() {
            return latencies.size() / seconds;
        }

        /** The machine's CPU time per settled claim, all nodes and this client together. */
        Optional<Double> cpuMillisPerClaim() {
            return Double.isNaN(busyCoreSeconds) || latencies.isEmpty() ? Optional.empty()
                    : Optional.of(busyCoreSeconds * 1000 / latencies.size());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d claims, %d settled, %d failed in %.1f s: %.1f settled claims/s",
                    claims, latencies.size(), failed, seconds, throughput())
                    + cpuMillisPerClaim().map(cpu -> String.format(Locale.ROOT, "; machine CPU %.1f cores, %.0f ms a settled claim",
                    busyCoreSeconds / seconds, cpu)).orElse("");
        }
    }

    /** Runs {@code claims} claims, at most {@code concurrency} at a time, and waits for every one to end. */
    private Round run(int claims) throws InterruptedException {
        Semaphore inFlight = new Semaphore(concurrency);
        CountDownLatch ended = new CountDownLatch(claims);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger roundFailures = new AtomicInteger();
        Optional<MachineCpu.Sample> cpuAtStart = MachineCpu.sample();
        long start = System.nanoTime();
        for (int i = 0; i < claims; i++) {
            inFlight.acquire();
            Provider provider = claimNumber++ % 2 == 0 ? Provider.ST_MARY : Provider.LAKESIDE;
            ClaimJourney journey = new ClaimJourney(api, providers.get(provider), insurer,
                    generator.claim(provider, sequences.get(provider).getAndIncrement()), timeoutNanos);
            attempted.increment();
            journey.run().whenComplete((outcome, unexpected) -> {
                try {
                    record(outcome, unexpected, latencies, roundFailures);
                } finally {
                    inFlight.release();
                    ended.countDown();
                }
            });
        }
        ended.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        double busy = cpuAtStart.flatMap(before -> MachineCpu.sample().map(after -> after.busyCoreSecondsSince(before))).orElse(Double.NaN);
        return new Round(claims, new ArrayList<>(latencies), roundFailures.get(), seconds, busy);
    }

    private void record(Outcome outcome, Throwable unexpected, ConcurrentLinkedQueue<Long> latencies,
                        AtomicInteger roundFailures) {
        if (unexpected == null && outcome.settled()) {
            latencies.add(outcome.latencyNanos());
            return;
        }
        String reason = unexpected != null ? "unexpected " + unexpected.getClass().getSimpleName() : outcome.failure();
        failures.computeIfAbsent(reason, r -> new LongAdder()).increment();
        failed.increment();
        roundFailures.incrementAndGet();
    }

    private void reportFailures(NetworkClaims generator) {
        if (failed.sum() == 0) {
            return;
        }
        System.out.printf(Locale.ROOT, "failed: %d of %d claims (not counted as settled), by step and reason:%n",
                failed.sum(), attempted.sum());
        failures.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(20)
                .forEach(entry -> System.out.printf(Locale.ROOT, "  %6d x %s%n", entry.getValue().sum(), entry.getKey()));
        if (failures.keySet().stream().anyMatch(reason -> reason.contains("coverage") || reason.contains("planId"))) {
            System.out.printf(Locale.ROOT, "hint: Acme must cover members %s..%s on %s (coverage and benefit accumulator"
                            + " for this year), and the providers must know that plan (docs/benchmarks.md)%n",
                    generator.firstMemberId(), generator.lastMemberId(), NetworkClaims.PLAN_ID);
        }
    }

    private static int positive(String name, int absent) {
        int value = Integer.getInteger(name, absent);
        if (value < 1) {
            System.err.println("-D" + name + " must be at least 1; was " + value);
            System.exit(2);
        }
        return value;
    }
}
