package net.claimsnet.flows.transport.http;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.access.AuditTearOffStore;
import net.claimsnet.flows.access.AuditorDisclosures;
import net.claimsnet.flows.access.InMemoryAuditTearOffStore;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.OpenAccumulatorFlow;
import net.claimsnet.flows.engine.EngineSettings;
import net.claimsnet.flows.engine.Scheduler;
import net.claimsnet.flows.rules.AdjudicationRulesPort;
import net.claimsnet.flows.rules.BasicScrubRules;
import net.claimsnet.flows.rules.FixedPercentageAdjudicationRules;
import net.claimsnet.flows.rules.ScrubRulesPort;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.InMemoryInboxStore;
import net.claimsnet.flows.transport.InMemoryOutboxStore;
import net.claimsnet.flows.transport.InboxStore;
import net.claimsnet.flows.transport.MessageHandler;
import net.claimsnet.flows.transport.OutboxStore;
import net.claimsnet.flows.transport.Transport;
import net.claimsnet.ledger.attachments.ContractsJar;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.network.BootstrappedNetwork;
import net.claimsnet.ledger.network.NetworkBootstrapper;
import net.claimsnet.ledger.network.NodeSpec;
import net.claimsnet.node.ExecutorScheduler;
import net.claimsnet.node.InMemoryNetwork;
import net.claimsnet.node.Node;
import net.claimsnet.node.NodeStores;
import net.claimsnet.node.TestNodeStores;
import net.claimsnet.node.desk.AuditTrailDisclosures;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.claimsnet.states.CoverageState;
import net.corda.core.identity.CordaX500Name;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The five nodes of {@link InMemoryNetwork}, each with its own HTTP server on an ephemeral port of
 * 127.0.0.1 (its address on the signed network map), its own {@link HttpTransport} and durable
 * stores; flows on a shared pool of two threads. A node can be stopped (its server too, as a
 * crashed machine) and started again over the same stores and port.
 */
final class HttpNetwork implements AutoCloseable {

    static final CordaX500Name NOTARY = InMemoryNetwork.NOTARY;
    static final CordaX500Name INSURER = InMemoryNetwork.INSURER;
    static final CordaX500Name ST_MARY = InMemoryNetwork.ST_MARY;
    static final CordaX500Name LAKESIDE = InMemoryNetwork.LAKESIDE;
    static final CordaX500Name AUDITOR = InMemoryNetwork.AUDITOR;

    /** Retries every 50 ms doubling to 400 ms: a node that comes back is reached quickly. */
    static final HttpTransportSettings SETTINGS = HttpTransportSettings.defaults()
            .withBackoff(new Backoff(Duration.ofMillis(50), Duration.ofMillis(400)))
            .withMaxMessageBytes(4 * 1024 * 1024);

    /** What one node keeps across restarts. */
    static final class Storage {
        final NodeStores stores;
        final OutboxStore outbox;
        final InboxStore inbox;

        Storage(NodeStores stores, OutboxStore outbox, InboxStore inbox) {
            this.stores = stores;
            this.outbox = outbox;
            this.inbox = inbox;
        }

        static Storage inMemory() {
            NodeStores stores = TestNodeStores.inMemory();
            return new Storage(stores, new InMemoryOutboxStore(), new InMemoryInboxStore(stores.checkpoints()));
        }
    }

    private final Map<CordaX500Name, NodeRole> roles = new LinkedHashMap<>();
    private final Map<CordaX500Name, Integer> ports = new LinkedHashMap<>();
    private final Map<CordaX500Name, P2pTestServer> servers = new ConcurrentHashMap<>();
    private final Map<CordaX500Name, Storage> storage = new ConcurrentHashMap<>();
    private final Map<CordaX500Name, HttpTransport> transports = new ConcurrentHashMap<>();
    private final Map<CordaX500Name, Node> nodes = new ConcurrentHashMap<>();
    /** The auditor's tear-offs; survive its restarts, as its database would. */
    private final InMemoryAuditTearOffStore auditorsTearOffs = new InMemoryAuditTearOffStore();
    private final Map<String, AtomicInteger> handedToEngines = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> handedAsFirstDelivery = new ConcurrentHashMap<>();
    /** Envelopes a node's engine never sees the first time (the node acknowledged them, then lost them). */
    private final List<java.util.function.Predicate<Envelope>> lostOnce = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final EngineSettings engineSettings;
    private final BootstrappedNetwork bootstrap;
    private final TrustedNetworkMap networkMap;
    private final StoredAttachment contractsJar = ContractsJar.load();
    private final Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), InMemoryNetwork.DEFAULT_START));
    private final ExecutorService pool = Executors.newFixedThreadPool(2, daemon("http-network-flows"));
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, daemon("http-network-timers"));
    private final Scheduler scheduler = new ExecutorScheduler(timers, clock);
    private final ScrubRulesPort scrubRules = BasicScrubRules.standard();
    private final AdjudicationRulesPort adjudicationRules = FixedPercentageAdjudicationRules.standard();

    HttpNetwork() {
        this(Map.of());
    }

    /** @param storageOf stores for some nodes (others keep theirs in memory) */
    HttpNetwork(Map<CordaX500Name, Storage> storageOf) {
        this(storageOf, EngineSettings.defaults());
    }

    /** @param engineSettings how long the nodes' flows wait before they resend */
    HttpNetwork(Map<CordaX500Name, Storage> storageOf, EngineSettings engineSettings) {
        this.engineSettings = engineSettings;
        roles.put(NOTARY, NodeRole.NOTARY);
        roles.put(INSURER, NodeRole.INSURER);
        roles.put(ST_MARY, NodeRole.PROVIDER);
        roles.put(LAKESIDE, NodeRole.PROVIDER);
        roles.put(AUDITOR, NodeRole.AUDITOR);
        timers.setRemoveOnCancelPolicy(true);
        List<NodeSpec> specs = new ArrayList<>();
        for (Map.Entry<CordaX500Name, NodeRole> node : roles.entrySet()) {
            P2pTestServer server = P2pTestServer.start(0);
            servers.put(node.getKey(), server);
            ports.put(node.getKey(), server.port());
            specs.add(new NodeSpec(node.getKey(), node.getValue(), server.baseAddress()));
            storage.put(node.getKey(), storageOf.getOrDefault(node.getKey(), Storage.inMemory()));
        }
        bootstrap = NetworkBootstrapper.inMemory(specs);
        networkMap = TrustedNetworkMap.verify(bootstrap.signedMap(), bootstrap.operatorKey());
        for (CordaX500Name name : roles.keySet()) {
            startNode(name);
        }
    }

    Node node(CordaX500Name name) {
        Node node = nodes.get(name);
        if (node == null) {
            throw new IllegalStateException(name + " is not running");
        }
        return node;
    }

    Node insurer() {
        return node(INSURER);
    }

    Node stMary() {
        return node(ST_MARY);
    }

    HttpTransport transport(CordaX500Name name) {
        return transports.get(name);
    }

    Storage storage(CordaX500Name name) {
        return storage.get(name);
    }

    P2pTestServer server(CordaX500Name name) {
        return servers.get(name);
    }

    BootstrappedNetwork bootstrap() {
        return bootstrap;
    }

    TrustedNetworkMap networkMap() {
        return networkMap;
    }

    /** How many times the message id was handed to a node's flow engine. */
    int timesHandedToEngine(String messageId) {
        AtomicInteger count = handedToEngines.get(messageId);
        return count == null ? 0 : count.get();
    }

    /** How many of those times it was handed on as never received before (the engine skips its processed lookup). */
    int timesHandedAsFirstDelivery(String messageId) {
        AtomicInteger count = handedAsFirstDelivery.get(messageId);
        return count == null ? 0 : count.get();
    }

    /** The node's machine goes down: flows stop where they are, its server stops answering. */
    void stopNode(CordaX500Name name) {
        Node node = nodes.remove(name);
        if (node != null) {
            node.stop();
        }
        HttpTransport transport = transports.remove(name);
        if (transport != null) {
            transport.close();
        }
        P2pTestServer server = servers.remove(name);
        if (server != null) {
            server.close();
        }
    }

    /** Starts the node (again) on its port over its stores: it resumes its flows and drains its outbox. */
    Node startNode(CordaX500Name name) {
        return startNode(name, storage.get(name));
    }

    Node startNode(CordaX500Name name, Storage stores) {
        storage.put(name, stores);
        P2pTestServer server = servers.computeIfAbsent(name, n -> P2pTestServer.start(ports.get(n)));
        HttpTransport transport = HttpTransport.builder(name, bootstrap.keyOf(name), networkMap)
                .outbox(stores.outbox).inbox(stores.inbox).settings(SETTINGS).clock(clock).build();
        transports.put(name, transport);
        NodeRole role = roles.get(name);
        Node.Builder builder = Node.builder(name, role)
                .keyPair(bootstrap.keyOf(name))
                .network(networkMap, bootstrap.parameters())
                .contractsJar(contractsJar)
                .stores(stores.stores)
                .transport(counting(transport))
                .clock(clock)
                .scheduler(scheduler)
                .executor(pool)
                .settings(engineSettings);
        if (role == NodeRole.PROVIDER) {
            builder.service(ScrubRulesPort.class, scrubRules);
        } else if (role == NodeRole.INSURER) {
            builder.service(AdjudicationRulesPort.class, adjudicationRules);
            builder.service(AuditorDisclosures.class, new AuditTrailDisclosures(new InMemoryClaimAuditTrail(clock)));
        } else if (role == NodeRole.AUDITOR) {
            builder.service(AuditTearOffStore.class, auditorsTearOffs);
        }
        Node node = builder.start();
        nodes.put(name, node);
        server.serve(transport.inbound());
        return node;
    }

    /** Covers the member at Acme (deductible 100.00) and opens their benefit accumulator. */
    void coverMember(String member) throws Exception {
        CoverageState sample = SampleClaims.coverage(insurer().identity(), member);
        CoverageState coverage = sample.withBenefits(sample.getBenefits().withDeductible(SampleClaims.money("100.00")));
        insurer().startFlow(new IssueCoverageFlow.Initiator(coverage)).result().get(60, TimeUnit.SECONDS);
        insurer().startFlow(new OpenAccumulatorFlow.Initiator(SampleClaims.accumulator(coverage))).result().get(60, TimeUnit.SECONDS);
    }

    /** Waits for the condition, polling: HTTP delivery happens on other threads. */
    static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    static <T> T within60s(CompletableFuture<T> future) throws Exception {
        return future.get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        for (CordaX500Name name : new ArrayList<>(roles.keySet())) {
            stopNode(name);
        }
        pool.shutdownNow();
        timers.shutdownNow();
    }

    /**
     * The first envelope that matches is acknowledged to its sender but never reaches its recipient's
     * engine: as if the recipient lost it (a database that lost its last commit) after saying it had it.
     */
    void loseOnce(java.util.function.Predicate<Envelope> envelope) {
        lostOnce.add(envelope);
    }

    /** The transport as the node sees it, counting what reaches the node's engine. */
    private Transport counting(HttpTransport transport) {
        return (name, handler) -> transport.bind(name, new MessageHandler() {
            @Override
            public void onMessage(Envelope envelope) {
                if (handOn(envelope)) {
                    handler.onMessage(envelope);
                }
            }

            @Override
            public void onFirstDelivery(Envelope envelope) {
                if (handOn(envelope)) {
                    handedAsFirstDelivery.computeIfAbsent(envelope.messageId(), id -> new AtomicInteger()).incrementAndGet();
                    handler.onFirstDelivery(envelope);
                }
            }
        });
    }

    /** Whether the envelope reaches the node's engine (counted), or is lost this once. */
    private boolean handOn(Envelope envelope) {
        for (java.util.function.Predicate<Envelope> lost : lostOnce) {
            if (lost.test(envelope) && lostOnce.remove(lost)) {
                return false;
            }
        }
        handedToEngines.computeIfAbsent(envelope.messageId(), id -> new AtomicInteger()).incrementAndGet();
        return true;
    }

    private static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
