package net.claimsnet.flows.transport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Port: the ids of messages a node received from other nodes, so that a message received twice is
 * handed to the flow engine once. A session message (INIT, DATA, END) keeps its envelope until the
 * engine has processed it (the engine marks it processed through its checkpoint store), so that a
 * node that stopped in between hands it to the engine again when it starts.
 */
public interface InboxStore {

    /**
     * Records the envelope as received; false if a message with its id was received before. True means
     * the node never had it, so its engine cannot have processed it ({@link MessageHandler#onFirstDelivery}):
     * a store keeps the ids it was given at least as long as the engine's marks of them as processed.
     */
    boolean receive(Envelope envelope, Instant at);

    /**
     * Records the envelopes as received, in one commit where the store can; for each, in order,
     * whether it is new (false: its id was received before).
     */
    default List<Boolean> receiveAll(List<Envelope> envelopes, Instant at) {
        List<Boolean> fresh = new ArrayList<>(envelopes.size());
        for (Envelope envelope : envelopes) {
            fresh.add(receive(envelope, at));
        }
        return fresh;
    }

    /** Session messages received and not yet processed by the engine, oldest first. */
    List<Envelope> unprocessed();
}
