package net.claimsnet.node.server;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageHandler;
import net.claimsnet.flows.transport.Transport;
import net.corda.core.identity.CordaX500Name;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A transport that reaches no peer: what a node runs on until the HTTP transport is wired in
 * ({@code net.claimsnet.flows.transport.http.HttpTransport}). A message sent is dropped and counted;
 * the flow engine resends unacknowledged messages and fails the flow when its waits run out, as it
 * would with an unreachable peer. Nothing arrives.
 */
// TODO(issue 5, p2p seam): replace with HttpTransport once it reaches main; then remove this class.
final class NoPeersTransport implements Transport {

    private static final Logger LOG = Logger.getLogger(NoPeersTransport.class.getName());

    private final AtomicLong dropped = new AtomicLong();

    @Override
    public Endpoint bind(CordaX500Name name, MessageHandler handler) {
        return new Endpoint() {
            @Override
            public CordaX500Name name() {
                return name;
            }

            @Override
            public void send(Envelope envelope) {
                dropped.incrementAndGet();
                // Kind and parties only: the payload may hold PHI.
                LOG.fine(() -> "No P2P transport yet; dropped " + envelope.kind() + " to " + envelope.recipient());
            }

            @Override
            public void close() {
            }
        };
    }

    long dropped() {
        return dropped.get();
    }
}
