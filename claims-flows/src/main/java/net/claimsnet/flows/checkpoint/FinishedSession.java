package net.claimsnet.flows.checkpoint;

import net.claimsnet.flows.transport.Envelope;

import java.util.List;

/**
 * What a finished flow last sent on one of its sessions and the counterparty had not yet
 * acknowledged (typically a responder's final acknowledgement): if the counterparty, not having
 * received it, sends its last message again, the node answers from this record.
 */
public final class FinishedSession {

    private final String sessionId;
    private final long lastReceived;
    private final List<Envelope> unacknowledged;

    public FinishedSession(String sessionId, long lastReceived, List<Envelope> unacknowledged) {
        this.sessionId = sessionId;
        this.lastReceived = lastReceived;
        this.unacknowledged = List.copyOf(unacknowledged);
    }

    public String sessionId() {
        return sessionId;
    }

    /** The highest sequence number received from the counterparty. */
    public long lastReceived() {
        return lastReceived;
    }

    public List<Envelope> unacknowledged() {
        return unacknowledged;
    }
}
