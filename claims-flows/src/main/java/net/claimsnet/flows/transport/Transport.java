package net.claimsnet.flows.transport;

import net.corda.core.identity.CordaX500Name;

import java.util.List;

/**
 * Port: point-to-point delivery between nodes (in one JVM here, HTTP with mutual TLS between
 * servers). Delivery is at least once and unordered across sessions; the flow engine dedups and
 * orders. The transport authenticates the sender: a node can only send as itself.
 */
public interface Transport {

    /** Attaches a node's inbound handler under its legal name and returns the port it sends through. */
    Endpoint bind(CordaX500Name name, MessageHandler handler);

    /** A bound node's sending side. */
    interface Endpoint {
        CordaX500Name name();

        void send(Envelope envelope);

        /** What one flow step sends, in order (a durable transport queues it in one commit). */
        default void sendAll(List<Envelope> envelopes) {
            envelopes.forEach(this::send);
        }

        /**
         * Whether {@link #sendAll} only queues, in the sending step's own database transaction (a durable
         * outbox), so that nothing leaves before that transaction commits. An endpoint that delivers at
         * once is called only after the commit: else a peer could act on a message whose step is not yet
         * visible here (asked for a transaction it was just sent, this node would not hold it yet) or
         * is rolled back.
         */
        default boolean queuesInTheStepsTransaction() {
            return false;
        }

        /** Detaches the node: messages for it wait until a node binds the name again. */
        void close();
    }
}
