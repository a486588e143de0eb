package net.claimsnet.bench.commits;

import net.claimsnet.flows.transport.http.ClaimsOnH2Network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How many database transactions a settled claim costs each node (issue 16): five nodes over real
 * HTTP, each on its own H2 file through the real JPA stores ({@link ClaimsOnH2Network}), settle
 * claims one after the other; each node's transactions are divided by the claims and printed, with
 * the purposes that cost the most. Arguments: claims to measure (20), warm-up claims not counted (2),
 * purposes listed per node (8).
 *
 * <pre>java ... net.claimsnet.bench.commits.CommitsPerClaim 20 2 8</pre>
 */
public final class CommitsPerClaim {

    private CommitsPerClaim() {
    }

    public static void main(String[] args) throws Exception {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int purposes = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        Path directory = Files.createTempDirectory("commits-per-claim");
        try (ClaimsOnH2Network network = new ClaimsOnH2Network(directory)) {
            network.settle(warmUp);
            network.resetCounts();
            long started = System.nanoTime();
            network.settle(claims);
            double seconds = (System.nanoTime() - started) / 1e9;
            lines(network.counts(), claims, purposes).forEach(System.out::println);
            System.out.printf(Locale.ROOT, "commits-per-claim claims=%d seconds=%.1f%n", claims, seconds);
        } finally {
            deleteQuietly(directory);
        }
        System.exit(0);
    }

    /** One line per node, then its most costly purposes, all per claim. */
    public static List<String> lines(Map<String, TransactionsByPurpose> counts, int claims, int purposes) {
        List<String> lines = new ArrayList<>();
        counts.forEach((node, count) -> lines.add(String.format(Locale.ROOT,
                "commits-per-claim node=%s total=%.1f reads=%.1f writes=%.1f",
                node, perClaim(count.total(), claims), perClaim(count.reads(), claims), perClaim(count.writes(), claims))));
        counts.forEach((node, count) -> count.tallies().stream().limit(purposes).forEach(tally -> lines.add(String.format(
                Locale.ROOT, "  node=%s %-44s total=%.2f reads=%.2f writes=%.2f", node, tally.purpose(),
                perClaim(tally.total(), claims), perClaim(tally.reads(), claims), perClaim(tally.writes(), claims)))));
        return lines;
    }

    public static double perClaim(long transactions, int claims) {
        return (double) transactions / claims;
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (Exception ignored) {
            // a temporary directory: the system cleans it up in the end
        }
    }
}
