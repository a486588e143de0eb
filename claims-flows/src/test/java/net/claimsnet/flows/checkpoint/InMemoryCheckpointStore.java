package net.claimsnet.flows.checkpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checkpoints in memory: they outlive a {@code Node} object (a "restart" builds a new node over the
 * same store) but not the JVM. For tests and the in-JVM network.
 */
public final class InMemoryCheckpointStore implements CheckpointStore {

    private final Map<String, Checkpoint> checkpoints = new ConcurrentHashMap<>();
    private final Set<String> processed = ConcurrentHashMap.newKeySet();
    private final Map<String, FinishedSession> finished = new ConcurrentHashMap<>();

    @Override
    public synchronized void commit(CheckpointCommit commit) {
        Checkpoint checkpoint = commit.checkpoint();
        if (checkpoint != null) {
            checkpoints.put(checkpoint.flowId(),
                    checkpoint.status().isFinished() ? checkpoint.withoutState() : checkpoint);
        }
        processed.addAll(commit.processedMessageIds());
        for (FinishedSession session : commit.finishedSessions()) {
            finished.put(session.sessionId(), session);
        }
    }

    @Override
    public Optional<Checkpoint> find(String flowId) {
        return Optional.ofNullable(checkpoints.get(flowId));
    }

    @Override
    public List<Checkpoint> unfinished() {
        List<Checkpoint> result = new ArrayList<>();
        for (Checkpoint checkpoint : checkpoints.values()) {
            if (!checkpoint.status().isFinished()) {
                result.add(checkpoint);
            }
        }
        result.sort(Comparator.comparing(Checkpoint::startedAt).thenComparing(Checkpoint::flowId));
        return result;
    }

    @Override
    public boolean isProcessed(String messageId) {
        return processed.contains(messageId);
    }

    @Override
    public Optional<FinishedSession> finishedSession(String sessionId) {
        return Optional.ofNullable(finished.get(sessionId));
    }

    /** How many message ids the inbox remembers (tests check it grows once per message). */
    public int processedCount() {
        return processed.size();
    }
}
