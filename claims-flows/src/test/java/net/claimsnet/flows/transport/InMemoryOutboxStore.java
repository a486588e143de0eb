package net.claimsnet.flows.transport;

import net.corda.core.identity.CordaX500Name;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outbox in memory: it outlives a transport object (a restart in one JVM) but not the JVM. */
public final class InMemoryOutboxStore implements OutboxStore {

    private final Map<String, OutboxMessage> messages = new LinkedHashMap<>();

    @Override
    public synchronized void add(Envelope envelope, Instant at) {
        OutboxMessage before = messages.get(envelope.messageId());
        if (before == null || before.status() == OutboxMessage.Status.DELIVERED) {
            messages.put(envelope.messageId(), new OutboxMessage(envelope, before == null ? at : before.createdAt(), 0, at,
                    OutboxMessage.Status.PENDING, null));
        }
    }

    @Override
    public synchronized List<OutboxMessage> due(Instant now, int limit) {
        List<OutboxMessage> due = new ArrayList<>();
        for (OutboxMessage message : messages.values()) {
            if (message.status() == OutboxMessage.Status.PENDING && !message.nextAttemptAt().isAfter(now)) {
                due.add(message);
            }
        }
        due.sort(Comparator.comparing(OutboxMessage::createdAt));
        return due.size() > limit ? new ArrayList<>(due.subList(0, limit)) : due;
    }

    @Override
    public synchronized Optional<Instant> nextAttemptAt() {
        return messages.values().stream().filter(m -> m.status() == OutboxMessage.Status.PENDING)
                .map(OutboxMessage::nextAttemptAt).min(Comparator.naturalOrder());
    }

    @Override
    public synchronized void delivered(String messageId, Instant at) {
        update(messageId, m -> new OutboxMessage(m.envelope().withPayload(new byte[0]), m.createdAt(), m.attempts() + 1,
                m.nextAttemptAt(), OutboxMessage.Status.DELIVERED, null));
    }

    @Override
    public synchronized void failed(String messageId, String error, Instant retryAt) {
        update(messageId, m -> new OutboxMessage(m.envelope(), m.createdAt(), m.attempts() + 1, retryAt,
                OutboxMessage.Status.PENDING, error));
    }

    @Override
    public synchronized void postpone(String messageId, String reason, Instant until) {
        update(messageId, m -> new OutboxMessage(m.envelope(), m.createdAt(), m.attempts(), until,
                OutboxMessage.Status.PENDING, reason));
    }

    @Override
    public synchronized void expedite(CordaX500Name recipient, Instant now) {
        for (OutboxMessage m : new ArrayList<>(messages.values())) {
            if (m.status() == OutboxMessage.Status.PENDING && m.envelope().recipient().equals(recipient)
                    && m.nextAttemptAt().isAfter(now)) {
                messages.put(m.messageId(), new OutboxMessage(m.envelope(), m.createdAt(), m.attempts(), now,
                        OutboxMessage.Status.PENDING, m.lastError()));
            }
        }
    }

    @Override
    public synchronized void refused(String messageId, String reason, Instant at) {
        update(messageId, m -> new OutboxMessage(m.envelope(), m.createdAt(), m.attempts() + 1, m.nextAttemptAt(),
                OutboxMessage.Status.REFUSED, reason));
    }

    @Override
    public synchronized List<OutboxMessage> refusedMessages() {
        List<OutboxMessage> refused = new ArrayList<>();
        for (OutboxMessage message : messages.values()) {
            if (message.status() == OutboxMessage.Status.REFUSED) {
                refused.add(message);
            }
        }
        return refused;
    }

    @Override
    public synchronized int pendingCount() {
        return (int) messages.values().stream().filter(m -> m.status() == OutboxMessage.Status.PENDING).count();
    }

    @Override
    public synchronized Optional<OutboxMessage> find(String messageId) {
        return Optional.ofNullable(messages.get(messageId));
    }

    private void update(String messageId, java.util.function.UnaryOperator<OutboxMessage> change) {
        OutboxMessage message = messages.get(messageId);
        if (message == null) {
            throw new IllegalArgumentException("No message " + messageId + " in the outbox");
        }
        messages.put(messageId, change.apply(message));
    }
}
