package net.claimsnet.bench;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.transactions.SignedTransaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code ./bench flows}: claims going submit -> adjudicate -> settle through the five-node network
 * in one JVM (threaded mode), each step a real flow: sessions, checkpoints at every wait, the
 * notary, back-chain resolution, and every finished transaction verified and recorded by its
 * participants and the auditor. A fixed number of claims is in flight at a time, spread over many
 * members of both providers. After a warm-up, prints the median throughput of the measured rounds
 * and that round's latency from submission to settlement.
 *
 * <p>Options: {@code -Dbench.claims=N} per round, {@code -Dbench.rounds=R}, {@code -Dbench.warmup=W}
 * claims, {@code -Dbench.inflight=F} claims at once, {@code -Dbench.threads=T} flow threads,
 * {@code -Dbench.members=M} members per provider.
 */
public final class FlowsBenchmark {

    public static void main(String[] args) throws Exception {
        // ./bench passes what follows the benchmark's name as arguments: accept -Dname=value there too.
        for (String arg : args) {
            if (arg.startsWith("-D") && arg.contains("=")) {
                System.setProperty(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        // Every node keeps its whole ledger in memory (about 160 KB per claim across the network): the
        // defaults, 8,000 claims in all, stay well inside the 6 GB heap ./bench gives the JVM (with 2 GB
        // the old generation filled and full collections took a round down to a third). The warm-up is
        // 3,000 claims: after 1,000 the JIT was still compiling (the first timed round cost 9.6 ms of CPU
        // per claim, the later ones 6.4 ms); a node runs for days, so the figure is the warm one.
        int perRound = Integer.getInteger("bench.claims", 1_000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        int warmup = Integer.getInteger("bench.warmup", 3_000);
        int inFlight = Integer.getInteger("bench.inflight", 48);
        int threads = Integer.getInteger("bench.threads", 2);
        int membersPerProvider = Integer.getInteger("bench.members", 64);

        try (InMemoryNetwork network = InMemoryNetwork.threaded(threads).build()) {
            FlowsBenchmark bench = new FlowsBenchmark(network, membersPerProvider);
            bench.run(warmup, inFlight);
            List<Double> throughputs = new ArrayList<>();
            List<long[]> latencies = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long[] latency = new long[perRound];
                long cpuBefore = processCpuNanos();
                long threadsBefore = javaThreadsCpuNanos();
                long gcBefore = gcMillis();
                long allocatedBefore = allocatedBytes();
                double seconds = bench.run(perRound, inFlight, latency);
                double cpuPerClaim = (processCpuNanos() - cpuBefore) / 1e6 / perRound;
                double threadsPerClaim = (javaThreadsCpuNanos() - threadsBefore) / 1e6 / perRound;
                double gcPerClaim = (gcMillis() - gcBefore) / (double) perRound;
                double allocatedPerClaim = (allocatedBytes() - allocatedBefore) / 1e6 / perRound;
                throughputs.add(perRound / seconds);
                latencies.add(latency);
                // CPU per claim measures the work regardless of what else runs on the machine; the Java
                // threads' share leaves out the collector, whose pauses are given per claim as well.
                System.out.printf(Locale.ROOT, "round %d: %.0f settled claims/s, %.1f ms CPU per claim"
                                + " (Java threads %.1f ms, GC pauses %.2f ms, %.1f MB allocated)%n",
                        round + 1, perRound / seconds, cpuPerClaim, threadsPerClaim, gcPerClaim, allocatedPerClaim);
            }
            int median = medianIndex(throughputs);
            long[] latency = latencies.get(median);
            java.util.Arrays.sort(latency);
            System.out.printf(Locale.ROOT, "settled-claims/s: %.0f%n", throughputs.get(median));
            System.out.printf(Locale.ROOT, "settle-latency-ms p50=%d p99=%d%n",
                    Math.round(percentile(latency, 50) / 1e6), Math.round(percentile(latency, 99) / 1e6));
        }
    }

    private final InMemoryNetwork network;
    private final List<String> stMaryMembers = new ArrayList<>();
    private final List<String> lakesideMembers = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();

    private FlowsBenchmark(InMemoryNetwork network, int membersPerProvider) throws Exception {
        this.network = network;
        List<CompletableFuture<?>> setup = new ArrayList<>();
        for (int i = 0; i < membersPerProvider; i++) {
            stMaryMembers.add(String.format(Locale.ROOT, "M-1%05d", i));
            lakesideMembers.add(String.format(Locale.ROOT, "M-2%05d", i));
        }
        Node insurer = network.insurer();
        for (String member : concat(stMaryMembers, lakesideMembers)) {
            CoverageState coverage = SampleClaims.coverage(insurer.identity(), member);
            coverage = coverage.withBenefits(coverage.getBenefits().withDeductible(new BigDecimal("100.00")));
            setup.add(insurer.startFlow(new IssueCoverageFlow.Initiator(coverage)).result());
            setup.add(insurer.startFlow(new OpenAccumulatorFlow.Initiator(SampleClaims.accumulator(coverage))).result());
        }
        CompletableFuture.allOf(setup.toArray(new CompletableFuture[0])).get(5, TimeUnit.MINUTES);
    }

    private void run(int claims, int inFlight) throws Exception {
        run(claims, inFlight, new long[claims]);
    }

    /** Runs the claims through, at most {@code inFlight} at a time; returns the seconds taken. */
    private double run(int claims, int inFlight, long[] latencies) throws Exception {
        Semaphore window = new Semaphore(inFlight);
        CountDownLatch settled = new CountDownLatch(claims);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long start = System.nanoTime();
        for (int i = 0; i < claims && failure.get() == null; i++) {
            window.acquire();
            int index = i;
            long began = System.nanoTime();
            settle(next()).whenComplete((tx, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                } else {
                    latencies[index] = System.nanoTime() - began;
                }
                window.release();
                settled.countDown();
            });
        }
        while (!settled.await(1, TimeUnit.SECONDS)) {
            if (failure.get() != null) {
                break;
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("A claim did not settle", failure.get());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private CompletableFuture<SignedTransaction> settle(Submission submission) {
        Node insurer = network.insurer();
        return result(submission.provider.startFlow(
                        new SubmitClaimFlow.Initiator(SampleClaims.details(submission.member), InMemoryNetwork.INSURER)))
                .thenCompose(submitted -> {
                    UniqueIdentifier claimId = claimIn(submitted).getLinearId();
                    return result(insurer.startFlow(new AdjudicateClaimFlow.Initiator(claimId)));
                })
                .thenCompose(adjudicated -> {
                    ClaimState claim = claimIn(adjudicated);
                    return result(insurer.startFlow(new SettleClaimFlow.Initiator(claim.getLinearId(),
                            "EFT-" + claim.getClaim().getClaimId())));
                });
    }

    private Submission next() {
        int n = sequence.getAndIncrement();
        boolean stMary = n % 2 == 0;
        List<String> members = stMary ? stMaryMembers : lakesideMembers;
        return new Submission(stMary ? network.stMary() : network.lakeside(), members.get((n / 2) % members.size()));
    }

    private static CompletableFuture<SignedTransaction> result(FlowHandle<SignedTransaction> handle) {
        return handle.result();
    }

    private static ClaimState claimIn(SignedTransaction transaction) {
        return transaction.getTx().outputsOfType(ClaimState.class).get(0);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the JVM's Java threads (flows, timers, the benchmark), not of the collector's. */
    private static long javaThreadsCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            total += Math.max(cpu, 0);
        }
        return total;
    }

    /** Bytes allocated so far by the live Java threads (the flow pool's threads live through the run). */
    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(allocated, 0);
        }
        return total;
    }

    private static long gcMillis() {
        long total = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(gc.getCollectionTime(), 0);
        }
        return total;
    }

    private static double percentile(long[] sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static int medianIndex(List<Double> values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(values.get(a), values.get(b)));
        return order.get(order.size() / 2);
    }

    private static final class Submission {
        final Node provider;
        final String member;

        Submission(Node provider, String member) {
            this.provider = provider;
            this.member = member;
        }
    }
}
