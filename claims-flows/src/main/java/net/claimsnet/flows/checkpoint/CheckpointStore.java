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

    /**
     * Runs one step of a flow so that everything it writes where the store has a database (the
     * transactions it records, their vault changes, its checkpoint and outbox messages) commits as
     * one transaction, or, if the step throws, none of it does. Rethrows what the step threw; a
     * commit that fails throws too. Without a database: just runs the step.
     */
    default void runStep(Runnable step) {
        step.run();
    }

    /** The flow's checkpoint, or the record of a finished flow. */
    Optional<Checkpoint> find(String flowId);

    /** Flows that are running or failed: what a restarting node loads. */
    List<Checkpoint> unfinished();

    boolean isProcessed(String messageId);

    Optional<FinishedSession> finishedSession(String sessionId);
}
