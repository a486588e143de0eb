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

        /** Detaches the node: messages for it wait until a node binds the name again. */
        void close();
    }
}
