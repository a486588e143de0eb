package net.claimsnet.flows.transport.http;

import net.claimsnet.flows.engine.Scheduler;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.InboxStore;
import net.claimsnet.flows.transport.MessageHandler;
import net.claimsnet.flows.transport.OutboxStore;
import net.claimsnet.flows.transport.Transport;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.node.limits.RateLimit;
import net.claimsnet.node.limits.RateLimiter;
import net.claimsnet.node.tls.NodeTlsIdentity;
import net.corda.core.identity.CordaX500Name;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One node's P2P transport over HTTP. Sending: the envelope goes into the node's durable
 * {@link OutboxStore} and an {@link OutboxDispatcher} POSTs it, signed with the node's key, to the
 * recipient's address from the signed network map, retrying with capped exponential backoff until
 * the recipient acknowledges it. Receiving: the node's endpoint passes each request body to
 * {@link #inbound()}, which checks the signature against the network map and hands the envelope to
 * the bound node once.
 *
 * <p>With the node's TLS identity ({@link Builder#tls}, always in a server) messages travel over
 * mutual TLS: the outbox presents the node's certificate, and {@link #inbound()} requires the peer's,
 * each message's sender being its subject. Without one (tests) it is plain HTTP.
 *
 * <p>A transport serves one node (it holds that node's key): binding another name is refused.
 * Without a scheduler and executor of the caller's, it runs its own two daemon threads, which
 * {@link #close()} ends.
 */
public final class HttpTransport implements Transport, AutoCloseable {

    private final CordaX500Name self;
    private final OutboxStore outbox;
    private final Clock clock;
    private final PeerClocks peerClocks = new PeerClocks();
    private final OutboxDispatcher dispatcher;
    private final InboundMessages inbound;
    private final ExecutorService ownExecutor;
    private final ScheduledExecutorService ownTimers;

    private HttpTransport(Builder builder) {
        this.self = builder.self;
        this.outbox = builder.outbox;
        this.clock = builder.clock;
        if (builder.executor == null) {
            ownExecutor = Executors.newSingleThreadExecutor(daemon("claimsnet-p2p-out-" + self.getOrganisation()));
        } else {
            ownExecutor = null;
        }
        if (builder.scheduler == null) {
            ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, daemon("claimsnet-p2p-retry-" + self.getOrganisation()));
            timers.setRemoveOnCancelPolicy(true);
            ownTimers = timers;
        } else {
            ownTimers = null;
        }
        Executor executor = builder.executor != null ? builder.executor : ownExecutor;
        Scheduler scheduler = builder.scheduler != null ? builder.scheduler : timersOn(ownTimers, clock);
        Delivery delivery = builder.delivery != null ? builder.delivery
                : new HttpDelivery(builder.settings.connectTimeout(), builder.settings.requestTimeout(),
                builder.tls == null ? null : builder.tls.sslContext(), peerClocks, clock);
        this.dispatcher = new OutboxDispatcher(self, builder.keyPair, builder.networkMap, outbox, delivery,
                builder.settings.backoff(), clock, scheduler, executor, builder.settings.maxMessageBytes());
        this.inbound = new InboundMessages(self, builder.networkMap, builder.inbox, clock,
                builder.settings.maxMessageBytes(), dispatcher::recipientIsBack, new RateLimiter(builder.peerRateLimit),
                builder.tls != null);
    }

    /**
     * @param self       the node's legal name (its network map entry)
     * @param keyPair    the node's signing key, the one its network map entry names
     * @param networkMap the signed network map: peers' keys and addresses
     */
    public static Builder builder(CordaX500Name self, KeyPair keyPair, TrustedNetworkMap networkMap) {
        return new Builder(self, keyPair, networkMap);
    }

    /** The latest reading of each peer's clock, from the answers of the peers' P2P endpoints. */
    public PeerClocks peerClocks() {
        return peerClocks;
    }

    /** What the node's P2P endpoint hands each request body to. */
    public InboundMessages inbound() {
        return inbound;
    }

    /** The node's outbox (pending and refused messages, for an operator). */
    public OutboxStore outbox() {
        return outbox;
    }

    @Override
    public Endpoint bind(CordaX500Name name, MessageHandler handler) {
        if (!self.equals(name)) {
            throw new IllegalArgumentException("This transport sends as " + self + " with its key; it cannot bind " + name);
        }
        inbound.bind(handler);
        dispatcher.start();
        return new Endpoint() {
            @Override
            public CordaX500Name name() {
                return self;
            }

            @Override
            public void send(Envelope envelope) {
                outbox.add(envelope.sentBy(self), clock.instant());
                outbox.whenStored(dispatcher::wake);
            }

            @Override
            public void sendAll(List<Envelope> envelopes) {
                List<Envelope> signedBy = new ArrayList<>(envelopes.size());
                for (Envelope envelope : envelopes) {
                    signedBy.add(envelope.sentBy(self));
                }
                outbox.addAll(signedBy, clock.instant());
                outbox.whenStored(dispatcher::wake);
            }

            /** The outbox is written in the step's transaction; the dispatcher wakes once it is stored. */
            @Override
            public boolean queuesInTheStepsTransaction() {
                return true;
            }

            @Override
            public void close() {
                inbound.unbind(handler);
                dispatcher.stop();
            }
        };
    }

    /** Stops delivering and ends the transport's own threads; the outbox keeps what was not delivered. */
    @Override
    public void close() {
        dispatcher.stop();
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
        if (ownTimers != null) {
            ownTimers.shutdownNow();
        }
    }

    private static Scheduler timersOn(ScheduledExecutorService timers, Clock clock) {
        return (Instant at, Runnable task) -> {
            long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
            ScheduledFuture<?> future = timers.schedule(task, delay, TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The node's identity, network map, outbox and inbox are required; settings, clock and threads have defaults. */
    public static final class Builder {
        private final CordaX500Name self;
        private final KeyPair keyPair;
        private final TrustedNetworkMap networkMap;
        private OutboxStore outbox;
        private InboxStore inbox;
        private HttpTransportSettings settings = HttpTransportSettings.defaults();
        private Clock clock = Clock.systemUTC();
        private Scheduler scheduler;
        private Executor executor;
        private Delivery delivery;
        private RateLimit peerRateLimit = RateLimit.PEER_DEFAULT;
        private NodeTlsIdentity tls;

        private Builder(CordaX500Name self, KeyPair keyPair, TrustedNetworkMap networkMap) {
            this.self = Objects.requireNonNull(self, "self");
            this.keyPair = Objects.requireNonNull(keyPair, "keyPair");
            this.networkMap = Objects.requireNonNull(networkMap, "networkMap");
            if (!networkMap.require(self).getOwningKey().equals(keyPair.getPublic())) {
                throw new IllegalArgumentException("The key given for " + self + " is not the one its network map entry names");
            }
        }

        /** The durable outbox (JpaOutboxStore in a server). */
        public Builder outbox(OutboxStore outbox) {
            this.outbox = outbox;
            return this;
        }

        /** The durable inbox (JpaInboxStore in a server). */
        public Builder inbox(InboxStore inbox) {
            this.inbox = inbox;
            return this;
        }

        public Builder settings(HttpTransportSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Timers for retries (a test's manual scheduler); default: the transport's own timer thread. */
        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = scheduler;
            return this;
        }

        /** Where outbox passes run (a test's same-thread executor); default: the transport's own thread. */
        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        /** How messages travel (a test's fake); default: {@link HttpDelivery}. */
        public Builder delivery(Delivery delivery) {
            this.delivery = delivery;
            return this;
        }

        /** Messages a second each peer may send (the node's {@code limits.peer.*}); default {@link RateLimit#PEER_DEFAULT}. */
        public Builder peerRateLimit(RateLimit limit) {
            this.peerRateLimit = Objects.requireNonNull(limit, "limit");
            return this;
        }

        /**
         * The node's TLS key and the network's truststore: deliveries present the node's certificate
         * (HTTPS, mutual TLS) and {@link #inbound()} requires each peer's, its subject the sender of
         * each message. Refused unless the certificate names this node.
         */
        public Builder tls(NodeTlsIdentity identity) {
            Optional<String> notSelf = PeerCertificates.checkSender(
                    new X509Certificate[]{Objects.requireNonNull(identity, "identity").certificate()}, self);
            if (notSelf.isPresent()) {
                throw new IllegalArgumentException("The TLS identity given for " + self + " is not its own: " + notSelf.get());
            }
            this.tls = identity;
            return this;
        }

        public HttpTransport build() {
            Objects.requireNonNull(outbox, "outbox");
            Objects.requireNonNull(inbox, "inbox");
            return new HttpTransport(this);
        }
    }
}
