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

    /**
     * Commits, and runs {@code alongside} (the sending of what the flow step sends) in the same
     * database transaction where the store has one: the checkpoint and the outbox's messages are
     * then written in one commit, not two. Without a transaction: the commit, then the action.
     */
    default void commit(CheckpointCommit commit, Runnable alongside) {
        commit(commit);
        alongside.run();
    }

    /** The flow's checkpoint, or the record of a finished flow. */
    Optional<Checkpoint> find(String flowId);

    /** Flows that are running or failed: what a restarting node loads. */
    List<Checkpoint> unfinished();

    boolean isProcessed(String messageId);

    Optional<FinishedSession> finishedSession(String sessionId);
}
