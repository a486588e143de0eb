package net.claimsnet.bench.chaos;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How hard and how long {@code ./chaos} shakes the network. Each is a {@code -Dname=value} option.
 *
 * @param kills        nodes killed in all ({@code kills}, 5)
 * @param interval     between one kill and the next ({@code interval} seconds, 15)
 * @param longStopEvery every n-th kill keeps its node down for {@code longStop}; the others restart it at
 *                     once ({@code long.stop.every}, 5; the first long stop is the notary's)
 * @param longStop     longer than the outbox's longest wait between two delivery attempts (60 s), so that
 *                     the peers' retries run out of patience at least once ({@code long.stop} seconds, 75)
 * @param maxDown      nodes down at the same time at most ({@code max.down}, 2)
 * @param concurrency  claims in flight ({@code concurrency}, 12)
 * @param members      members the claims spread over ({@code members}, 64)
 * @param killPhase    the kills stop after this, however many were made ({@code minutes}, 30)
 * @param quiescence   after the last kill: how long the claims and flows may take to finish ({@code quiescence}
 *                     minutes, 15)
 * @param root         the repository, whose {@code ./network} restarts a node ({@code chaos.root}, .)
 * @param seed         of the random choices, printed so that a run can be repeated ({@code seed}, the time)
 */
record ChaosSettings(int kills, Duration interval, int longStopEvery, Duration longStop, int maxDown, int concurrency,
                     int members, Duration killPhase, Duration quiescence, Path root, long seed) {

    static ChaosSettings fromSystemProperties() {
        return new ChaosSettings(
                positive("kills", 5),
                Duration.ofSeconds(positive("interval", 15)),
                positive("long.stop.every", 5),
                Duration.ofSeconds(positive("long.stop", 75)),
                positive("max.down", 2),
                positive("concurrency", 12),
                positive("members", 64),
                Duration.ofMinutes(positive("minutes", 30)),
                Duration.ofMinutes(positive("quiescence", 15)),
                Path.of(System.getProperty("chaos.root", ".")).toAbsolutePath().normalize(),
                Long.getLong("seed", System.currentTimeMillis()));
    }

    ChaosSettings withKills(int otherKills) {
        return new ChaosSettings(otherKills, interval, longStopEvery, longStop, maxDown, concurrency, members, killPhase,
                quiescence, root, seed);
    }

    ChaosSettings withRoot(Path otherRoot) {
        return new ChaosSettings(kills, interval, longStopEvery, longStop, maxDown, concurrency, members, killPhase,
                quiescence, otherRoot, seed);
    }

    private static int positive(String name, int absent) {
        int value = Integer.getInteger(name, absent);
        if (value < 1) {
            throw new IllegalArgumentException("-D" + name + " must be at least 1; was " + value);
        }
        return value;
    }
}
