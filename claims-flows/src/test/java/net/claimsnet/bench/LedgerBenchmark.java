package net.claimsnet.bench;

import net.claimsnet.contracts.ClaimContract;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.ledger.KernelFixture;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.claimsnet.states.ClaimState;
import net.claimsnet.states.CoverageState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.TimeWindow;
import net.corda.core.identity.Party;
import net.corda.core.serialization.SerializationDefaults;
import net.corda.core.serialization.SerializationFactory;
import net.corda.core.serialization.SerializedBytes;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./bench ledger}: Submit transactions on one thread, from the provider building and
 * signing, the insurer countersigning, over the wire (AMQP), to the receiving node resolving and
 * verifying signatures and contracts. Prints the median throughput and the time per phase.
 */
public final class LedgerBenchmark {

    private static final String[] PHASES = {"build", "sign", "serialize", "deserialize", "resolve", "verify"};

    public static void main(String[] args) {
        int perRound = Integer.getInteger("bench.transactions", 2_000);
        int rounds = Integer.getInteger("bench.rounds", 5);
        int warmup = Integer.getInteger("bench.warmup", 2_000);

        KernelFixture fixture = new KernelFixture();
        LedgerBenchmark bench = new LedgerBenchmark(fixture.provider, fixture.insurer, fixture.notary, fixture.coverage);

        bench.run(warmup);
        List<Double> throughputs = new ArrayList<>();
        List<long[]> phaseTimes = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long[] nanos = bench.run(perRound);
            long total = 0;
            for (long n : nanos) {
                total += n;
            }
            throughputs.add(perRound / (total / 1e9));
            phaseTimes.add(nanos);
            System.out.printf(Locale.ROOT, "round %d: %.0f tx/s%n", round + 1, throughputs.get(round));
        }
        int median = medianIndex(throughputs);
        System.out.printf(Locale.ROOT, "ledger-tx/s: %.0f%n", throughputs.get(median));
        StringBuilder phases = new StringBuilder("ledger-phase-ms");
        for (int p = 0; p < PHASES.length; p++) {
            phases.append(String.format(Locale.ROOT, " %s=%.3f", PHASES[p], phaseTimes.get(median)[p] / 1e6 / perRound));
        }
        System.out.println(phases);
    }

    private final NodeLedger provider;
    private final NodeLedger insurer;
    private final Party notary;
    private final StateAndRef<CoverageState> coverage;

    private LedgerBenchmark(NodeLedger provider, NodeLedger insurer, Party notary, StateAndRef<CoverageState> coverage) {
        this.provider = provider;
        this.insurer = insurer;
        this.notary = notary;
        this.coverage = coverage;
    }

    /** Runs n Submit transactions; returns the nanoseconds spent in each phase. */
    private long[] run(int n) {
        long[] nanos = new long[PHASES.length];
        SerializationFactory factory = SerializationFactory.Companion.getDefaultFactory();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            ClaimState claim = SampleClaims.submitted(provider.identity(), insurer.identity(), coverage.getState().getData());
            Instant now = Instant.now();
            WireTransactionBuilder builder = new WireTransactionBuilder(notary)
                    .reference(coverage)
                    .output(claim, ClaimContract.ID)
                    .command(new ClaimContract.Commands.Submit(),
                            provider.identity().getOwningKey(), insurer.identity().getOwningKey())
                    .timeWindow(TimeWindow.between(now.minusSeconds(60), now.plusSeconds(60)));
            WireTransaction wire = provider.build(builder);
            long t1 = System.nanoTime();
            SignedTransaction signed = insurer.countersign(provider.sign(wire));
            long t2 = System.nanoTime();
            SerializedBytes<SignedTransaction> bytes = factory.serialize(signed, SerializationDefaults.INSTANCE.getP2P_CONTEXT());
            long t3 = System.nanoTime();
            SignedTransaction received = factory.deserialize(bytes, SignedTransaction.class,
                    SerializationDefaults.INSTANCE.getP2P_CONTEXT());
            long t4 = System.nanoTime();
            LedgerTransaction resolved = insurer.verifier().resolve(received.getTx());
            long t5 = System.nanoTime();
            insurer.verifier().verifySignatures(received, Collections.singleton(notary.getOwningKey()));
            insurer.verifier().verifyContracts(resolved);
            long t6 = System.nanoTime();
            nanos[0] += t1 - t0;
            nanos[1] += t2 - t1;
            nanos[2] += t3 - t2;
            nanos[3] += t4 - t3;
            nanos[4] += t5 - t4;
            nanos[5] += t6 - t5;
        }
        return nanos;
    }

    private static int medianIndex(List<Double> values) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(values.get(a), values.get(b)));
        return order.get(order.size() / 2);
    }
}
