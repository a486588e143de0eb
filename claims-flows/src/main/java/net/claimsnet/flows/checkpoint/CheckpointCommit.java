package net.claimsnet.flows.checkpoint;

import java.util.List;

/**
 * What one step of one flow changes, applied atomically: the flow's new checkpoint (or its final
 * record), the inbound messages it processed, and the sessions it finished with messages the
 * counterparty may still ask for again. A database adapter writes it in one transaction.
 */
public final class CheckpointCommit {

    private final Checkpoint checkpoint;
    private final List<String> processedMessageIds;
    private final List<FinishedSession> finishedSessions;

    public CheckpointCommit(Checkpoint checkpoint, List<String> processedMessageIds, List<FinishedSession> finishedSessions) {
        this.checkpoint = checkpoint;
        this.processedMessageIds = List.copyOf(processedMessageIds);
        this.finishedSessions = List.copyOf(finishedSessions);
    }

    public Checkpoint checkpoint() {
        return checkpoint;
    }

    public List<String> processedMessageIds() {
        return processedMessageIds;
    }

    public List<FinishedSession> finishedSessions() {
        return finishedSessions;
    }
}
