package net.claimsnet.flows.transport;

import java.time.Instant;
import java.util.Objects;

/** A message in a node's outbox: the envelope and how its delivery is going. */
public final class OutboxMessage {

    /** Where a message's delivery stands. */
    public enum Status {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** The recipient acknowledged it. */
        DELIVERED,
        /** The recipient refused it for good (a 4xx); kept with the reason for an operator. */
        REFUSED
    }

    private final Envelope envelope;
    private final Instant createdAt;
    private final int attempts;
    private final Instant nextAttemptAt;
    private final Status status;
    private final String lastError;

    public OutboxMessage(Envelope envelope, Instant createdAt, int attempts, Instant nextAttemptAt, Status status,
                         String lastError) {
        this.envelope = Objects.requireNonNull(envelope, "envelope");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.status = Objects.requireNonNull(status, "status");
        this.lastError = lastError;
    }

    public Envelope envelope() {
        return envelope;
    }

    public String messageId() {
        return envelope.messageId();
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Delivery attempts made so far. */
    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Status status() {
        return status;
    }

    /** Why the last attempt failed or the recipient refused it (never payload). */
    public String lastError() {
        return lastError;
    }

    @Override
    public String toString() {
        return envelope + " " + status + " after " + attempts + " attempt(s)" + (lastError == null ? "" : ": " + lastError);
    }
}
