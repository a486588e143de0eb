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
        query = "select m from OutboxMessageEntity m where m.deliveredAt is null and m.refusedAt is null"
                + " and m.nextAttemptAt <= :now order by m.createdAt, m.messageId")
@NamedQuery(name = OutboxMessageEntity.NEXT_ATTEMPT,
        query = "select min(m.nextAttemptAt) from OutboxMessageEntity m where m.deliveredAt is null and m.refusedAt is null")
@NamedQuery(name = OutboxMessageEntity.PENDING_COUNT,
        query = "select count(m) from OutboxMessageEntity m where m.deliveredAt is null and m.refusedAt is null")
@NamedQuery(name = OutboxMessageEntity.REFUSED,
        query = "select m from OutboxMessageEntity m where m.refusedAt is not null order by m.createdAt, m.messageId")
@NamedQuery(name = OutboxMessageEntity.EXPEDITE,
        query = "update OutboxMessageEntity m set m.nextAttemptAt = :now where m.recipient = :recipient"
                + " and m.deliveredAt is null and m.refusedAt is null and m.nextAttemptAt > :now")
public class OutboxMessageEntity {

    public static final String DUE = "OutboxMessage.due";
    public static final String NEXT_ATTEMPT = "OutboxMessage.nextAttempt";
    public static final String PENDING_COUNT = "OutboxMessage.pendingCount";
    public static final String REFUSED = "OutboxMessage.refused";
    public static final String EXPEDITE = "OutboxMessage.expedite";

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

    /** Dropped once delivered. */
    @Column(name = "payload")
    private byte[] payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    /** When the recipient refused the message for good; it is not tried again. */
    @Column(name = "refused_at")
    private Instant refusedAt;

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

    /** The recipient has it: the payload is no longer needed here. */
    public void delivered(Instant at) {
        this.attempts++;
        this.deliveredAt = at;
        this.lastError = null;
        this.payload = null;
    }

    public void failed(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = shorten(error);
        this.nextAttemptAt = retryAt;
    }

    /** Not tried (its recipient is known to be unreachable): waits without counting an attempt. */
    public void postpone(String reason, Instant until) {
        this.lastError = shorten(reason);
        this.nextAttemptAt = until;
    }

    /** The recipient will not take it: kept, with why, for an operator. */
    public void refused(String reason, Instant at) {
        this.attempts++;
        this.lastError = shorten(reason);
        this.refusedAt = at;
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
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

    public Instant refusedAt() {
        return refusedAt;
    }

    public String lastError() {
        return lastError;
    }
}
