package net.claimsnet.flows.transport;

/** A node's inbound side: the transport hands it every envelope addressed to the node. */
@FunctionalInterface
public interface MessageHandler {
    void onMessage(Envelope envelope);

    /**
     * An envelope whose id the node's inbox took in just now for the first time: the node never received
     * it before, so it cannot have processed it (the engine skips asking its store). By default as any other.
     */
    default void onFirstDelivery(Envelope envelope) {
        onMessage(envelope);
    }
}
