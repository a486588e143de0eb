package net.claimsnet.flows.checkpoint;

/** Where a flow is in its life, as the node's operator sees it. */
public enum FlowStatus {
    /** Running or waiting (for a message, a lock, a timer); resumes by itself after a restart. */
    RUNNING,
    /** Cannot go on; kept with the reason, at its last checkpoint, until an operator retries or abandons it. */
    FAILED,
    COMPLETED,
    /** An operator gave it up. */
    ABANDONED;

    public boolean isFinished() {
        return this == COMPLETED || this == ABANDONED;
    }
}
