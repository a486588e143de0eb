package net.claimsnet.flows.transport.http;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.EnvelopeCodec.MalformedEnvelopeException;
import net.claimsnet.flows.transport.InboxStore;
import net.claimsnet.flows.transport.MessageHandler;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.node.limits.RateLimit;
import net.claimsnet.node.limits.RateLimiter;
import net.corda.core.identity.CordaX500Name;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A node's receiving side of P2P over HTTP, called by its endpoint ({@code POST /api/p2p/messages})
 * with the request body. A message is handed to the node's flow engine only if it is well formed,
 * addressed to this node, and signed by the key the signed network map gives its sender; and only
 * once: its id goes into the inbox first, and a session message received before is acknowledged
 * again and handed to the engine as a redelivery (which the engine takes in once, and answers as a sign
 * that its sender lost the answer). Nothing is recorded for a refused message. Each peer, once its
 * signature is checked (so that no one can use up another node's allowance), is held to its
 * {@link RateLimit} of messages a second: over it, the request is answered 429 and nothing recorded.
 *
 * <p>Over mutual TLS ({@link #requiresClientCertificates()}: a server node), the endpoint also passes
 * the certificate chain the peer presented, which the TLS listener has checked against the network's
 * TLS root; a request without one is refused whole, and each message whose sender is not the
 * certificate's subject ({@link PeerCertificates}) is refused with
 * {@link InboundResult.Rejection#PEER_NOT_AUTHENTICATED}: a node can send only what it signed itself,
 * over its own connection.
 */
public final class InboundMessages {

    private static final System.Logger LOG = System.getLogger(InboundMessages.class.getName());

    private final CordaX500Name self;
    private final TrustedNetworkMap networkMap;
    private final InboxStore inbox;
    private final Clock clock;
    private final int maxMessageBytes;
    private final Consumer<CordaX500Name> heardFrom;
    private final RateLimiter peerLimits;
    private final boolean requireClientCertificates;
    private volatile MessageHandler handler;

    InboundMessages(CordaX500Name self, TrustedNetworkMap networkMap, InboxStore inbox, Clock clock, int maxMessageBytes,
                    Consumer<CordaX500Name> heardFrom) {
        this(self, networkMap, inbox, clock, maxMessageBytes, heardFrom, new RateLimiter(RateLimit.PEER_DEFAULT));
    }

    InboundMessages(CordaX500Name self, TrustedNetworkMap networkMap, InboxStore inbox, Clock clock, int maxMessageBytes,
                    Consumer<CordaX500Name> heardFrom, RateLimiter peerLimits) {
        this(self, networkMap, inbox, clock, maxMessageBytes, heardFrom, peerLimits, false);
    }

    /** @param requireClientCertificates the endpoint is a mutual-TLS listener: each sender must be the peer's certificate's subject */
    InboundMessages(CordaX500Name self, TrustedNetworkMap networkMap, InboxStore inbox, Clock clock, int maxMessageBytes,
                    Consumer<CordaX500Name> heardFrom, RateLimiter peerLimits, boolean requireClientCertificates) {
        this.requireClientCertificates = requireClientCertificates;
        this.peerLimits = Objects.requireNonNull(peerLimits, "peerLimits");
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

    /**
     * Whether the endpoint must pass the peer's TLS certificate chain ({@link #accept(byte[], X509Certificate[])}):
     * the node takes P2P messages over mutual TLS only.
     */
    public boolean requiresClientCertificates() {
        return requireClientCertificates;
    }

    /**
     * The answer to a peer that presented no TLS certificate (403 {@link InboundResult.Rejection#PEER_NOT_AUTHENTICATED}):
     * the endpoint gives it before reading the body.
     */
    public InboundResult refusalOfAnUnauthenticatedPeer() {
        return reject(InboundResult.Rejection.PEER_NOT_AUTHENTICATED, self.getOrganisation()
                + " takes P2P messages only over mutual TLS, from a peer presenting its certificate of the network's TLS root", null);
    }

    /**
     * Checks the message (or each message of a {@link MessageBatch}) and hands it to the node; the
     * result says which HTTP status to answer. Only without {@linkplain #requiresClientCertificates()
     * mutual TLS}; with it, every request is refused as from an unauthenticated peer.
     */
    public InboundResult accept(byte[] body) {
        return accept(body, null);
    }

    /**
     * As {@link #accept(byte[])}, from a peer that presented {@code peerChain} (leaf first; null or
     * empty: none). With {@linkplain #requiresClientCertificates() mutual TLS} a request without a chain
     * is refused whole, and each message from another sender than the chain's subject is refused.
     */
    public InboundResult accept(byte[] body, X509Certificate[] peerChain) {
        if (requireClientCertificates && (peerChain == null || peerChain.length == 0)) {
            return refusalOfAnUnauthenticatedPeer();
        }
        if (body == null || body.length == 0) {
            return reject(InboundResult.Rejection.MALFORMED, "the message is empty", null);
        }
        if (body.length > maxMessageBytes) {
            return reject(InboundResult.Rejection.TOO_LARGE, "the message has " + body.length + " bytes; "
                    + self.getOrganisation() + " takes at most " + maxMessageBytes, null);
        }
        if (MessageBatch.isBatch(body)) {
            return acceptBatch(body, peerChain);
        }
        Checked message = check(body, peerChain);
        if (message.refusal() != null) {
            return message.refusal();
        }
        MessageHandler bound = handler;
        if (bound == null) {
            return reject(InboundResult.Rejection.UNAVAILABLE, self.getOrganisation() + " is not running; try again later",
                    message.envelope());
        }
        InboundResult slowDown = overRate(Map.of(message.envelope().sender(), 1));
        if (slowDown != null) {
            return slowDown;
        }
        heardFrom.accept(message.envelope().sender());
        if (!inbox.receive(message.envelope(), clock.instant())) {
            handOnAgain(bound, message.envelope());
            return InboundResult.acceptedAgain();
        }
        bound.onFirstDelivery(message.envelope());
        return InboundResult.accepted();
    }

    /** Every message checked on its own; those that pass go into the inbox in one commit, then to the node in order. */
    private InboundResult acceptBatch(byte[] body, X509Certificate[] peerChain) {
        List<byte[]> parts;
        try {
            parts = MessageBatch.parse(body);
        } catch (MalformedEnvelopeException e) {
            return reject(InboundResult.Rejection.MALFORMED, "malformed P2P batch: " + e.getMessage(), null);
        }
        MessageHandler bound = handler;
        if (bound == null) {
            return reject(InboundResult.Rejection.UNAVAILABLE, self.getOrganisation() + " is not running; try again later", null);
        }
        List<Envelope> passed = new ArrayList<>(parts.size());
        Map<Integer, String> refusals = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Checked message = check(parts.get(i), peerChain);
            if (message.refusal() == null) {
                passed.add(message.envelope());
            } else {
                refusals.put(i, message.refusal().rejection() + " " + message.refusal().reason());
            }
        }
        Map<CordaX500Name, Integer> bySender = new HashMap<>();
        passed.forEach(envelope -> bySender.merge(envelope.sender(), 1, Integer::sum));
        InboundResult slowDown = overRate(bySender);
        if (slowDown != null) {
            return slowDown;
        }
        passed.stream().map(Envelope::sender).distinct().forEach(heardFrom);
        List<Boolean> fresh = inbox.receiveAll(passed, clock.instant());
        for (int i = 0; i < passed.size(); i++) {
            if (fresh.get(i)) {
                bound.onFirstDelivery(passed.get(i));
            } else {
                handOnAgain(bound, passed.get(i));
            }
        }
        return InboundResult.batchAnswered(MessageBatch.answer(parts.size(), refusals));
    }

    /**
     * A session message received before goes to the engine again, which takes it in once (by its session's
     * sequence numbers): its sender resent it because no answer came, so the flow that took it answers
     * again, a finished flow repeats its last answers, and a message the engine never took in (lost with a
     * step that did not commit) is taken in now.
     */
    private static void handOnAgain(MessageHandler bound, Envelope envelope) {
        if (envelope.kind().isSession()) {
            bound.onMessage(envelope);
        }
    }

    /**
     * A well-formed message for this node, sent over the connection of its sender (with mutual TLS)
     * and signed by the key the network map gives its sender; or why not.
     */
    private Checked check(byte[] body, X509Certificate[] peerChain) {
        SignedMessage message;
        try {
            message = SignedMessage.parse(body);
        } catch (MalformedEnvelopeException e) {
            return Checked.refused(reject(InboundResult.Rejection.MALFORMED, "malformed P2P message: " + e.getMessage(), null));
        }
        Envelope envelope = message.envelope();
        if (!envelope.recipient().equals(self)) {
            return Checked.refused(reject(InboundResult.Rejection.WRONG_RECIPIENT, "message " + envelope.messageId() + " is for "
                    + envelope.recipient() + ", this node is " + self, envelope));
        }
        if (requireClientCertificates) {
            Optional<String> notThePeer = PeerCertificates.checkSender(peerChain, envelope.sender());
            if (notThePeer.isPresent()) {
                return Checked.refused(reject(InboundResult.Rejection.PEER_NOT_AUTHENTICATED, "message "
                        + envelope.messageId() + " refused: " + notThePeer.get(), envelope));
            }
        }
        Optional<NetworkMapEntry> sender = networkMap.find(envelope.sender());
        if (sender.isEmpty()) {
            return Checked.refused(reject(InboundResult.Rejection.UNKNOWN_SENDER, "the sender " + envelope.sender()
                    + " is not on the network map", envelope));
        }
        if (!message.isSignedBy(sender.get().getOwningKey())) {
            return Checked.refused(reject(InboundResult.Rejection.BAD_SIGNATURE, "message " + envelope.messageId()
                    + " is not signed by the key of " + envelope.sender(), envelope));
        }
        return new Checked(envelope, null);
    }

    /** A 429 for the first sender over its rate limit with these messages; null when every one is within. */
    private InboundResult overRate(Map<CordaX500Name, Integer> messagesBySender) {
        for (Map.Entry<CordaX500Name, Integer> sender : messagesBySender.entrySet()) {
            Duration wait = peerLimits.admit(sender.getKey().toString(), sender.getValue());
            if (!wait.isZero()) {
                String reason = sender.getKey() + " sends more than " + peerLimits.limit() + " messages; "
                        + self.getOrganisation() + " takes them again in " + RateLimiter.retryAfterSeconds(wait) + " s";
                LOG.log(System.Logger.Level.WARNING, self.getOrganisation() + " slowed down a peer: " + reason);
                return InboundResult.rateLimited(reason, wait);
            }
        }
        return null;
    }

    private record Checked(Envelope envelope, InboundResult refusal) {
        static Checked refused(InboundResult refusal) {
            return new Checked(null, refusal);
        }
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
