package net.claimsnet.bench.chaos;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kills a random node every {@code interval} ({@code kill -9}), at most {@code maxDown} down at once,
 * and restarts it: at once, or for every {@code longStopEvery}-th kill after {@code longStop} (the
 * first of those is the notary). Restarts run one at a time ({@code ./network up NODE} is not made
 * for two at once), so a node may stay down a while longer when another is coming up.
 */
final class Killer {

    /** A restart that fails (a port still held, the domain slow to load) is tried again this many times in all. */
    private static final int RESTART_ATTEMPTS = 3;
    private static final String NOTARY = "notary";

    private final NodeProcesses processes;
    private final List<String> nodeIds;
    private final ChaosSettings settings;
    private final Random random;
    private final Set<String> down = ConcurrentHashMap.newKeySet();
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger restarts = new AtomicInteger();
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
    private final ExecutorService restarter = Executors.newSingleThreadExecutor();
    private int kills;
    private boolean notaryStoppedLong;

    Killer(NodeProcesses processes, List<String> nodeIds, ChaosSettings settings, Random random) {
        this.processes = processes;
        this.nodeIds = List.copyOf(nodeIds);
        this.settings = settings;
        this.random = random;
        timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(true);
    }

    /** Kills until the settings' number is reached or the kill phase is over; returns once every node is back. */
    void run() throws InterruptedException {
        long deadline = System.nanoTime() + settings.killPhase().toNanos();
        while (kills < settings.kills() && System.nanoTime() < deadline) {
            Thread.sleep(settings.interval().toMillis());
            if (down.size() >= settings.maxDown()) {
                continue;
            }
            boolean longStop = (kills + 1) % settings.longStopEvery() == 0;
            Optional<String> victim = choose(longStop);
            if (victim.isEmpty()) {
                continue;
            }
            String nodeId = victim.get();
            down.add(nodeId);
            if (!processes.kill(nodeId)) {
                down.remove(nodeId);
                continue;
            }
            kills++;
            notaryStoppedLong |= longStop && NOTARY.equals(nodeId);
            Duration stop = longStop ? settings.longStop() : Duration.ofMillis(random.nextInt(5_000));
            say("kill %d: %s killed; restart in %d s", kills, nodeId, stop.toSeconds());
            timer.schedule(() -> restarter.execute(() -> restart(nodeId)), stop.toMillis(), TimeUnit.MILLISECONDS);
        }
        timer.shutdown();
        timer.awaitTermination(settings.longStop().toSeconds() + 60, TimeUnit.SECONDS);
        restarter.shutdown();
        restarter.awaitTermination(RESTART_ATTEMPTS * 7L * Math.max(1, down.size() + 1), TimeUnit.MINUTES);
    }

    /**
     * The node to kill: the notary for the first long stop (none while it is still down from an earlier
     * kill: the long stop waits for it), otherwise any node that runs and is not down.
     */
    private Optional<String> choose(boolean longStop) {
        if (longStop && !notaryStoppedLong) {
            return down.contains(NOTARY) ? Optional.empty() : processes.server(NOTARY).map(server -> NOTARY);
        }
        List<String> running = nodeIds.stream()
                .filter(id -> !down.contains(id) && processes.server(id).isPresent())
                .toList();
        return running.isEmpty() ? Optional.empty() : Optional.of(running.get(random.nextInt(running.size())));
    }

    private void restart(String nodeId) {
        try {
            for (int attempt = 1; attempt <= RESTART_ATTEMPTS; attempt++) {
                Optional<String> failure = processes.restart(nodeId, restarts.incrementAndGet());
                if (failure.isEmpty()) {
                    say("%s restarted", nodeId);
                    down.remove(nodeId);
                    return;
                }
                say("%s: restart %d of %d failed: %s", nodeId, attempt, RESTART_ATTEMPTS, failure.get());
            }
            problems.add(nodeId + " did not come back after " + RESTART_ATTEMPTS + " restarts");
        } catch (IOException e) {
            problems.add(nodeId + " could not be restarted: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add(nodeId + ": its restart was interrupted");
        }
    }

    int kills() {
        return kills;
    }

    /** Nodes that would not come back: a run with any cannot check the ledgers. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    static void say(String format, Object... arguments) {
        System.out.printf(Locale.ROOT, "%s %s%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS),
                String.format(Locale.ROOT, format, arguments));
    }
}
