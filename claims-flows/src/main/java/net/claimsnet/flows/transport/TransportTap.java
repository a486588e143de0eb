package net.claimsnet.flows.transport;

/** Sees every envelope as it is delivered (privacy tests record who received what). */
@FunctionalInterface
public interface TransportTap {
    void delivered(Envelope envelope);
}
