package net.claimsnet.storage.jpa.flow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A message received from another node, by its id: the primary key makes receiving idempotent (a
 * resent message finds its id taken). The payload column holds the whole envelope (as
 * {@code EnvelopeCodec} writes it) until the flow engine has processed it. The engine's checkpoint
 * commits mark ids processed here, also ids of messages that had no row (the sender is then null).
 */
@Entity
@Table(name = "inbox_message")
@NamedQuery(name = InboxMessageEntity.UNPROCESSED,
        query = "select m from InboxMessageEntity m where m.processedAt is null and m.payload is not null"
                + " order by m.receivedAt, m.messageId")
@NamedQuery(name = InboxMessageEntity.IS_PROCESSED,
        query = "select count(m) from InboxMessageEntity m where m.messageId = :messageId and m.processedAt is not null")
@NamedQuery(name = InboxMessageEntity.MARK_PROCESSED,
        query = "update InboxMessageEntity m set m.processedAt = :at, m.payload = null"
                + " where m.messageId in :messageIds and m.processedAt is null")
public class InboxMessageEntity {

    public static final String UNPROCESSED = "InboxMessage.unprocessed";
    public static final String IS_PROCESSED = "InboxMessage.isProcessed";
    public static final String MARK_PROCESSED = "InboxMessage.markProcessed";

    @Id
    @Column(name = "message_id", length = 100)
    private String messageId;

    @Column(name = "sender")
    private String sender;

    @Column(name = "session_id", length = 100)
    private String sessionId;

    @Column(name = "kind", length = 20)
    private String kind;

    @Column(name = "payload")
    private byte[] payload;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "processed_at")
    private Instant processedAt;

    protected InboxMessageEntity() {
    }

    public InboxMessageEntity(String messageId, String sender, String sessionId, String kind, byte[] payload,
                              Instant receivedAt) {
        this.messageId = messageId;
        this.sender = sender;
        this.sessionId = sessionId;
        this.kind = kind;
        this.payload = payload;
        this.receivedAt = receivedAt;
    }

    /** Processed messages keep only their id and times: the payload is no longer needed. */
    public void processed(Instant at) {
        this.processedAt = at;
        this.payload = null;
    }

    public String messageId() {
        return messageId;
    }

    public String sender() {
        return sender;
    }

    public String sessionId() {
        return sessionId;
    }

    public String kind() {
        return kind;
    }

    public byte[] payload() {
        return payload;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant processedAt() {
        return processedAt;
    }
}
