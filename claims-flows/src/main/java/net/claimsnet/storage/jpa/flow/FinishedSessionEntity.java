package net.claimsnet.storage.jpa.flow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** What a finished flow last sent on a session, to answer a counterparty that asks again. */
@Entity
@Table(name = "finished_session")
public class FinishedSessionEntity {

    @Id
    @Column(name = "session_id", length = 100)
    private String sessionId;

    @Column(name = "last_received", nullable = false)
    private long lastReceived;

    /** The unacknowledged envelopes, serialized by the flow engine. */
    @Column(name = "unacknowledged", nullable = false)
    private byte[] unacknowledged;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    protected FinishedSessionEntity() {
    }

    public FinishedSessionEntity(String sessionId, long lastReceived, byte[] unacknowledged, Instant finishedAt) {
        this.sessionId = sessionId;
        this.lastReceived = lastReceived;
        this.unacknowledged = unacknowledged;
        this.finishedAt = finishedAt;
    }

    public String sessionId() {
        return sessionId;
    }

    public long lastReceived() {
        return lastReceived;
    }

    public byte[] unacknowledged() {
        return unacknowledged;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
