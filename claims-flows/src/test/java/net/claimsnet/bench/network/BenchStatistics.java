package net.claimsnet.bench.network;

import java.util.Arrays;
import java.util.List;

/** The benchmark's arithmetic: the median of the rounds' throughputs and latency percentiles. */
public final class BenchStatistics {

    private BenchStatistics() {
    }

    /** The median; with an even count, the mean of the two middle values. */
    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("The median of no values is undefined");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * The nearest-rank percentile: the smallest value with at least {@code percentile}% of the values
     * at or below it (p50 of 1..100 is 50, p99 is 99; p99 of ten values is the largest).
     */
    public static long percentile(long[] values, double percentile) {
        if (values.length == 0) {
            throw new IllegalArgumentException("A percentile of no values is undefined");
        }
        if (!(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("A percentile is above 0 and at most 100; was " + percentile);
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
