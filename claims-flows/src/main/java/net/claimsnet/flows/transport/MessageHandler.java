package net.claimsnet.flows.transport;

/** A node's inbound side: the transport hands it every envelope addressed to the node. */
@FunctionalInterface
public interface MessageHandler {
    void onMessage(Envelope envelope);
}
