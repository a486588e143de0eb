package net.claimsnet.flows.checkpoint;

import java.util.List;
import java.util.Optional;

/**
 * Port: a node's durable flow state. Everything a step changes goes in one {@link CheckpointCommit};
 * a node restarted over the same store resumes every unfinished flow from it and recognises every
 * message it already processed.
 */
public interface CheckpointStore {

    void commit(CheckpointCommit commit);

    /** The flow's checkpoint, or the record of a finished flow. */
    Optional<Checkpoint> find(String flowId);

    /** Flows that are running or failed: what a restarting node loads. */
    List<Checkpoint> unfinished();

    boolean isProcessed(String messageId);

    Optional<FinishedSession> finishedSession(String sessionId);
}
