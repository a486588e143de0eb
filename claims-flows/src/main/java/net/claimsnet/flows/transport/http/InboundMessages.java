package net.claimsnet.flows.transport.http;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.EnvelopeCodec.MalformedEnvelopeException;
import net.claimsnet.flows.transport.InboxStore;
import net.claimsnet.flows.transport.MessageHandler;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.corda.core.identity.CordaX500Name;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A node's receiving side of P2P over HTTP, called by its endpoint ({@code POST /api/p2p/messages})
 * with the request body. A message is handed to the node's flow engine only if it is well formed,
 * addressed to this node, and signed by the key the signed network map gives its sender; and only
 * once: its id goes into the inbox first, and a message received before is acknowledged again
 * without reaching the engine. Nothing is recorded for a refused message.
 */
public final class InboundMessages {

    private static final System.Logger LOG = System.getLogger(InboundMessages.class.getName());

    private final CordaX500Name self;
    private final TrustedNetworkMap networkMap;
    private final InboxStore inbox;
    private final Clock clock;
    private final int maxMessageBytes;
    private final Consumer<CordaX500Name> heardFrom;
    private volatile MessageHandler handler;

    InboundMessages(CordaX500Name self, TrustedNetworkMap networkMap, InboxStore inbox, Clock clock, int maxMessageBytes,
                    Consumer<CordaX500Name> heardFrom) {
        this.self = Objects.requireNonNull(self, "self");
        this.networkMap = Objects.requireNonNull(networkMap, "networkMap");
        this.inbox = Objects.requireNonNull(inbox, "inbox");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxMessageBytes = maxMessageBytes;
        this.heardFrom = Objects.requireNonNull(heardFrom, "heardFrom");
    }

    /** The largest body this node takes; the endpoint refuses a larger one (413) before reading it all. */
    public int maxMessageBytes() {
        return maxMessageBytes;
    }

    /** Checks the message and hands it to the node; the result says which HTTP status to answer. */
    public InboundResult accept(byte[] body) {
        if (body == null || body.length == 0) {
            return reject(InboundResult.Rejection.MALFORMED, "the message is empty", null);
        }
        if (body.length > maxMessageBytes) {
            return reject(InboundResult.Rejection.TOO_LARGE, "the message has " + body.length + " bytes; "
                    + self.getOrganisation() + " takes at most " + maxMessageBytes, null);
        }
        SignedMessage message;
        try {
            message = SignedMessage.parse(body);
        } catch (MalformedEnvelopeException e) {
            return reject(InboundResult.Rejection.MALFORMED, "malformed P2P message: " + e.getMessage(), null);
        }
        Envelope envelope = message.envelope();
        if (!envelope.recipient().equals(self)) {
            return reject(InboundResult.Rejection.WRONG_RECIPIENT, "message " + envelope.messageId() + " is for "
                    + envelope.recipient() + ", this node is " + self, envelope);
        }
        Optional<NetworkMapEntry> sender = networkMap.find(envelope.sender());
        if (sender.isEmpty()) {
            return reject(InboundResult.Rejection.UNKNOWN_SENDER, "the sender " + envelope.sender()
                    + " is not on the network map", envelope);
        }
        if (!message.isSignedBy(sender.get().getOwningKey())) {
            return reject(InboundResult.Rejection.BAD_SIGNATURE, "message " + envelope.messageId()
                    + " is not signed by the key of " + envelope.sender(), envelope);
        }
        MessageHandler bound = handler;
        if (bound == null) {
            return reject(InboundResult.Rejection.UNAVAILABLE, self.getOrganisation() + " is not running; try again later", envelope);
        }
        heardFrom.accept(envelope.sender());
        if (!inbox.receive(envelope, clock.instant())) {
            return InboundResult.acceptedAgain();
        }
        bound.onMessage(envelope);
        return InboundResult.accepted();
    }

    /** The node is running: messages go to its engine, starting with those received before a stop and not processed. */
    void bind(MessageHandler messageHandler) {
        this.handler = Objects.requireNonNull(messageHandler, "messageHandler");
        for (Envelope unprocessed : inbox.unprocessed()) {
            messageHandler.onMessage(unprocessed);
        }
    }

    void unbind(MessageHandler messageHandler) {
        if (handler == messageHandler) {
            handler = null;
        }
    }

    private InboundResult reject(InboundResult.Rejection rejection, String reason, Envelope envelope) {
        // Names and ids only: the payload may carry PHI.
        LOG.log(System.Logger.Level.WARNING, self.getOrganisation() + " refused a P2P message ("
                + rejection + "): " + reason + (envelope == null ? "" : " [" + envelope.kind() + " from " + envelope.sender() + "]"));
        return InboundResult.rejected(rejection, reason);
    }
}
