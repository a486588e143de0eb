package net.claimsnet.bench.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The machine's CPU time from Linux's {@code /proc/stat}: what every process used, the five nodes and
 * the benchmark client alike, on all cores. A round's busy core-seconds divided by its settled claims
 * is the cost of a claim, a steadier figure than the throughput, which moves with whatever else the
 * machine or its host does (time stolen by the host is not counted as busy).
 */
final class MachineCpu {

    private static final Path PROC_STAT = Path.of("/proc/stat");

    /**
     * The machine's counters at one moment, in clock ticks summed over its {@code cores} cores: busy
     * (user, nice, system, irq, softirq) and all.
     */
    record Sample(long busyTicks, long allTicks, int cores, long nanoTime) {

        /** Busy core-seconds from {@code earlier} to this sample. */
        double busyCoreSecondsSince(Sample earlier) {
            long all = allTicks - earlier.allTicks;
            if (all <= 0) {
                return 0;
            }
            double seconds = (nanoTime - earlier.nanoTime) / 1e9;
            return (double) (busyTicks - earlier.busyTicks) / all * cores * seconds;
        }
    }

    private MachineCpu() {
    }

    /** Now, or empty where there is no {@code /proc/stat} (not Linux). */
    static Optional<Sample> sample() {
        try {
            List<String> lines = Files.readAllLines(PROC_STAT);
            int cores = (int) lines.stream().filter(line -> line.matches("cpu\\d+\\s.*")).count();
            return Optional.of(parse(lines.get(0), Math.max(cores, 1), System.nanoTime()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The aggregate line {@code cpu user nice system idle iowait irq softirq steal [guest guest_nice]}. */
    static Sample parse(String cpuLine, int cores, long nanoTime) {
        String[] fields = cpuLine.trim().split("\\s+");
        if (!fields[0].equals("cpu") || fields.length < 9) {
            throw new IllegalArgumentException("Not the aggregate cpu line of /proc/stat: " + cpuLine);
        }
        long user = Long.parseLong(fields[1]);
        long nice = Long.parseLong(fields[2]);
        long system = Long.parseLong(fields[3]);
        long idle = Long.parseLong(fields[4]);
        long iowait = Long.parseLong(fields[5]);
        long irq = Long.parseLong(fields[6]);
        long softirq = Long.parseLong(fields[7]);
        long steal = Long.parseLong(fields[8]);
        // guest time is already counted in user (and guest_nice in nice).
        long busy = user + nice + system + irq + softirq;
        return new Sample(busy, busy + idle + iowait + steal, cores, nanoTime);
    }
}
