package net.claimsnet.flows.transport;

import net.claimsnet.flows.checkpoint.CheckpointStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The inbox in memory, beside an in-memory checkpoint store: a message counts as processed once the
 * checkpoint store says so, as the JPA inbox and checkpoint store share one table.
 */
public final class InMemoryInboxStore implements InboxStore {

    private final CheckpointStore checkpoints;
    private final Map<String, Envelope> received = new LinkedHashMap<>();

    public InMemoryInboxStore(CheckpointStore checkpoints) {
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
    }

    @Override
    public synchronized boolean receive(Envelope envelope, Instant at) {
        if (received.containsKey(envelope.messageId()) || checkpoints.isProcessed(envelope.messageId())) {
            return false;
        }
        received.put(envelope.messageId(), envelope.kind().isSession() ? envelope : null);
        return true;
    }

    @Override
    public synchronized List<Envelope> unprocessed() {
        List<Envelope> unprocessed = new ArrayList<>();
        for (Envelope envelope : received.values()) {
            if (envelope != null && !checkpoints.isProcessed(envelope.messageId())) {
                unprocessed.add(envelope);
            }
        }
        return unprocessed;
    }
}
