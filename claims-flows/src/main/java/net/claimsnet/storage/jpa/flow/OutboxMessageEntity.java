package net.claimsnet.storage.jpa.flow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A message waiting to be delivered to another node. Written in the transaction that commits the
 * sending flow's checkpoint, so a crash can neither lose it nor send it for a step that rolled back.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(name = OutboxMessageEntity.DUE,
        query = "select m from OutboxMessageEntity m where m.deliveredAt is null and m.nextAttemptAt <= :now order by m.createdAt")
public class OutboxMessageEntity {

    public static final String DUE = "OutboxMessage.due";

    @Id
    @Column(name = "message_id", length = 100)
    private String messageId;

    @Column(name = "recipient", nullable = false)
    private String recipient;

    @Column(name = "session_id", length = 100, nullable = false)
    private String sessionId;

    @Column(name = "kind", length = 20, nullable = false)
    private String kind;

    @Column(name = "sequence_no", nullable = false)
    private long sequence;

    @Column(name = "acknowledged", nullable = false)
    private long acknowledged;

    @Column(name = "protocol")
    private String protocol;

    @Column(name = "payload", nullable = false)
    private byte[] payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    /** Why the last attempt failed (transport message only, never payload). */
    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMessageEntity() {
    }

    public OutboxMessageEntity(String messageId, String recipient, String sessionId, String kind, long sequence,
                               long acknowledged, String protocol, byte[] payload, Instant createdAt) {
        this.messageId = messageId;
        this.recipient = recipient;
        this.sessionId = sessionId;
        this.kind = kind;
        this.sequence = sequence;
        this.acknowledged = acknowledged;
        this.protocol = protocol;
        this.payload = payload;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    public void delivered(Instant at) {
        this.attempts++;
        this.deliveredAt = at;
        this.lastError = null;
    }

    public void failed(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        this.nextAttemptAt = retryAt;
    }

    public String messageId() {
        return messageId;
    }

    public String recipient() {
        return recipient;
    }

    public String sessionId() {
        return sessionId;
    }

    public String kind() {
        return kind;
    }

    public long sequence() {
        return sequence;
    }

    public long acknowledged() {
        return acknowledged;
    }

    public String protocol() {
        return protocol;
    }

    public byte[] payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public String lastError() {
        return lastError;
    }
}
