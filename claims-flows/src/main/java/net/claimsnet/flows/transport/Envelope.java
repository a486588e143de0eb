package net.claimsnet.flows.transport;

import net.corda.core.identity.CordaX500Name;

import java.util.Objects;

/**
 * One message between nodes. Session messages (INIT, DATA, END) carry a sequence number per
 * session and direction, and the highest sequence number the sender has received from the other
 * side (a piggy-backed acknowledgement, so unacknowledged messages are all that a retry resends).
 * The message id is stable across resends: the receiver's inbox dedups by it.
 */
public final class Envelope {

    private final String messageId;
    private final CordaX500Name sender;
    private final CordaX500Name recipient;
    private final String sessionId;
    private final MessageKind kind;
    private final long sequence;
    private final long acknowledged;
    private final String protocol;
    private final byte[] payload;

    public Envelope(String messageId, CordaX500Name sender, CordaX500Name recipient, String sessionId,
                    MessageKind kind, long sequence, long acknowledged, String protocol, byte[] payload) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.sequence = sequence;
        this.acknowledged = acknowledged;
        this.protocol = protocol;
        this.payload = payload == null ? new byte[0] : payload;
    }

    public String messageId() {
        return messageId;
    }

    public CordaX500Name sender() {
        return sender;
    }

    public CordaX500Name recipient() {
        return recipient;
    }

    public String sessionId() {
        return sessionId;
    }

    public MessageKind kind() {
        return kind;
    }

    public long sequence() {
        return sequence;
    }

    public long acknowledged() {
        return acknowledged;
    }

    /** The initiating flow's protocol name (INIT only). */
    public String protocol() {
        return protocol;
    }

    /** The AMQP-serialized message; callers must not change the array. */
    public byte[] payload() {
        return payload;
    }

    /** The same message stamped with the sender as the transport authenticated it. */
    public Envelope sentBy(CordaX500Name authenticatedSender) {
        return authenticatedSender.equals(sender) ? this
                : new Envelope(messageId, authenticatedSender, recipient, sessionId, kind, sequence, acknowledged, protocol, payload);
    }

    /** The same message with a fresher acknowledgement, for a resend. */
    public Envelope acknowledging(long highestReceived) {
        return highestReceived == acknowledged ? this
                : new Envelope(messageId, sender, recipient, sessionId, kind, sequence, highestReceived, protocol, payload);
    }

    /** The same envelope with other payload bytes (tests that tamper with messages in transit). */
    public Envelope withPayload(byte[] otherPayload) {
        return new Envelope(messageId, sender, recipient, sessionId, kind, sequence, acknowledged, protocol, otherPayload);
    }

    @Override
    public String toString() {
        return kind + " " + messageId + " " + sender.getOrganisation() + " -> " + recipient.getOrganisation()
                + " (" + payload.length + " bytes)";
    }
}
