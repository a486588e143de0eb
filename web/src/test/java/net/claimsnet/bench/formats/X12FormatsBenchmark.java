package net.claimsnet.bench.formats;

import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimType;
import net.claimsnet.states.ClaimUse;
import net.claimsnet.states.FrequencyCode;
import net.claimsnet.states.Patient;
import net.claimsnet.states.ServiceLine;
import net.claimsnet.states.Sex;
import net.claimsnet.web.x12.claims.Claim837Writer;
import net.claimsnet.web.x12.claims.ClaimFileReview;
import net.claimsnet.web.x12.claims.Mapped837Claim;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * 837P claims read (StAEDI, envelope counts), checked against the implementation guide (loops, HL
 * hierarchy, elements) and mapped onto the ledger's claim, on one thread: the work POST /x12/837 does
 * before it answers its 999. A file of {@code bench.claims} claims (1,000) of three to four lines each
 * is reviewed {@code bench.rounds} times (10) after {@code bench.warmup} rounds (5); prints the median
 * round as {@code x12-837-claims/s: N}.
 *
 * <p>A round is timed by the CPU time of the thread that does it, which is what one core does, whatever
 * else the machine runs at the time (its wall-clock figure is printed too: it equals the CPU figure on
 * an idle machine and falls with the machine's load).
 */
public final class X12FormatsBenchmark {

    private X12FormatsBenchmark() {
    }

    public static void main(String[] args) {
        int claims = Integer.getInteger("bench.claims", 1_000);
        int rounds = Integer.getInteger("bench.rounds", 10);
        int warmup = Integer.getInteger("bench.warmup", 5);
        byte[] file = file(claims);
        System.out.printf(Locale.ROOT, "837P file: %,d claims, %,d bytes%n", claims, file.length);
        for (int i = 0; i < warmup; i++) {
            review(file, claims);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] perCpuSecond = new double[rounds];
        double[] perWallSecond = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            review(file, claims);
            perWallSecond[i] = claims / ((System.nanoTime() - wallStart) / 1e9);
            perCpuSecond[i] = claims / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        System.out.printf(Locale.ROOT, "rounds (claims per CPU second, sorted): %s%n", sortedText(perCpuSecond));
        System.out.printf(Locale.ROOT, "rounds (claims per wall-clock second, sorted): %s; median %d%n",
                sortedText(perWallSecond), Math.round(median(perWallSecond)));
        System.out.println("x12-837-claims/s: " + Math.round(median(perCpuSecond)));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String sortedText(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Arrays.toString(Arrays.stream(sorted).mapToLong(Math::round).toArray());
    }

    private static void review(byte[] file, int expected) {
        List<Mapped837Claim> mapped = ClaimFileReview.of(file).acceptedClaims();
        if (mapped.size() != expected || !mapped.get(expected - 1).isMappable()) {
            throw new IllegalStateException("The benchmark file did not map: " + mapped.size() + " of " + expected);
        }
    }

    static byte[] file(int claims) {
        List<ClaimDetails> details = new ArrayList<>(claims);
        LocalDate day = LocalDate.of(2025, 3, 10);
        for (int i = 0; i < claims; i++) {
            String member = String.format(Locale.ROOT, "M-B%04d", i % 5000 + 1);
            List<ServiceLine> lines = new ArrayList<>();
            lines.add(new ServiceLine(1, "99213", List.of(), 1, new BigDecimal("150.00"), day, "11", List.of(1)));
            lines.add(new ServiceLine(2, "85025", List.of(), 1, new BigDecimal("40.00"), day, "11", List.of(1, 2)));
            lines.add(new ServiceLine(3, "80061", List.of("59"), 1, new BigDecimal("38.00"), day, "11", List.of(2)));
            if (i % 2 == 0) {
                lines.add(new ServiceLine(4, "93000", List.of(), 1, new BigDecimal("55.00"), day, "11", List.of(1)));
            }
            details.add(new ClaimDetails(String.format(Locale.ROOT, "BENCH-%06d", i), ClaimType.PROFESSIONAL, ClaimUse.CLAIM,
                    new Patient(member, "Alex", "Benchmark", LocalDate.of(1970, 1, 1).plusDays(i % 9000), i % 2 == 0 ? Sex.F : Sex.M),
                    member, "1234567893", "ACME01", List.of("E11.9", "I10"), null, FrequencyCode.ORIGINAL, null, List.of(), lines));
        }
        return Claim837Writer.write(details, "ACME-PPO-GOLD", Claim837Writer.Sender.example("STMARY"), "000000777",
                LocalDateTime.of(2025, 3, 20, 9, 0)).getBytes(StandardCharsets.UTF_8);
    }
}
