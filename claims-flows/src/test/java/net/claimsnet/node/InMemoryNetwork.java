package net.claimsnet.node;

import net.claimsnet.flows.access.AuditTearOffStore;
import net.claimsnet.flows.access.AuditorDisclosures;
import net.claimsnet.flows.access.InMemoryAuditTearOffStore;
import net.claimsnet.flows.audit.AuditHeadStore;
import net.claimsnet.flows.audit.InMemoryAuditHeadStore;
import net.claimsnet.flows.claim.ClaimReadLog;
import net.claimsnet.flows.claim.EligibilityDisclosures;
import net.claimsnet.flows.consent.MemberHistoryDisclosures;
import net.claimsnet.flows.engine.EngineSettings;
import net.claimsnet.flows.engine.Scheduler;
import net.claimsnet.flows.engine.TrampolineExecutor;
import net.claimsnet.flows.rules.AdjudicationRulesPort;
import net.claimsnet.flows.rules.BasicScrubRules;
import net.claimsnet.flows.rules.FixedPercentageAdjudicationRules;
import net.claimsnet.flows.rules.ScrubRulesPort;
import net.claimsnet.flows.transport.InMemoryTransport;
import net.claimsnet.ledger.attachments.ContractsJar;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.network.BootstrappedNetwork;
import net.claimsnet.ledger.network.NetworkBootstrapper;
import net.claimsnet.ledger.network.NodeSpec;
import net.claimsnet.node.desk.AuditTrailDisclosures;
import net.claimsnet.node.desk.InMemoryClaimAuditTrail;
import net.corda.core.identity.CordaX500Name;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole network in one JVM, as Corda's MockNetwork was: the notary, the insurer, two providers
 * and the auditor, freshly bootstrapped (keys, signed network map, parameters), each node with its
 * own stores, talking through an in-memory transport.
 *
 * <ul>
 *   <li><b>Deterministic</b>: one thread, a clock that moves only when told. Messages wait in the
 *   transport until {@link #runNetwork()} delivers them one by one in the order sent; timeouts fire
 *   when {@link #advanceTime} passes them. Every run of a test is the same run.</li>
 *   <li><b>Threaded</b>: a small shared pool runs every node's flows (each flow on one thread at a
 *   time), messages go straight to the recipient, and the clock ticks.</li>
 * </ul>
 * Either way a node can be restarted over its stores mid-flow.
 */
public final class InMemoryNetwork implements AutoCloseable {

    public static final CordaX500Name NOTARY = CordaX500Name.parse("O=Claims Notary,L=Zurich,C=CH");
    public static final CordaX500Name INSURER = CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");
    public static final CordaX500Name ST_MARY = CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    public static final CordaX500Name LAKESIDE = CordaX500Name.parse("O=Lakeside Clinic,L=Denver,C=US");
    public static final CordaX500Name AUDITOR = CordaX500Name.parse("O=State Insurance Regulator,L=Albany,C=US");
    /** Where the network's clock starts: a day in plan year 2025, a few weeks after the sample claims' service dates. */
    public static final Instant DEFAULT_START = Instant.parse("2025-04-01T12:00:00Z");

    private static final int MAX_DELIVERIES_PER_RUN = 1_000_000;

    private final boolean deterministic;
    private final BootstrappedNetwork bootstrap;
    private final TrustedNetworkMap networkMap;
    private final StoredAttachment contractsJar;
    private final InMemoryTransport transport;
    private final Clock clock;
    private final Scheduler scheduler;
    private final java.util.concurrent.Executor executor;
    private final ExecutorService pool;
    private final ScheduledExecutorService timers;
    private final EngineSettings settings;
    private final ScrubRulesPort scrubRules;
    private final AdjudicationRulesPort adjudicationRules;
    private final Map<CordaX500Name, NodeRole> roles = new LinkedHashMap<>();
    private final Map<CordaX500Name, NodeStores> stores = new LinkedHashMap<>();
    private final Map<CordaX500Name, Node> nodes = new LinkedHashMap<>();
    private final Map<CordaX500Name, InMemoryClaimAuditTrail> auditTrails = new LinkedHashMap<>();
    private final Map<CordaX500Name, Duration> clockOffsets;
    /** The auditor's store of the signed audit heads the nodes send it; survives the auditor's restarts. */
    private final InMemoryAuditHeadStore auditHeads = new InMemoryAuditHeadStore();
    /** The auditor's tear-offs of the transactions no grant opened to it; survive the auditor's restarts. */
    private final InMemoryAuditTearOffStore auditorsTearOffs = new InMemoryAuditTearOffStore();

    private InMemoryNetwork(Builder builder) {
        this.deterministic = builder.deterministic;
        this.clockOffsets = Map.copyOf(builder.clockOffsets);
        roles.put(NOTARY, NodeRole.NOTARY);
        roles.put(INSURER, NodeRole.INSURER);
        roles.put(ST_MARY, NodeRole.PROVIDER);
        roles.put(LAKESIDE, NodeRole.PROVIDER);
        roles.put(AUDITOR, NodeRole.AUDITOR);
        this.bootstrap = NetworkBootstrapper.inMemory(roles.entrySet().stream()
                .map(e -> new NodeSpec(e.getKey(), e.getValue(), "")).collect(java.util.stream.Collectors.toList()));
        this.networkMap = TrustedNetworkMap.verify(bootstrap.signedMap(), bootstrap.operatorKey());
        this.contractsJar = builder.contractsJar != null ? builder.contractsJar : ContractsJar.load();
        this.settings = builder.settings;
        this.scrubRules = builder.scrubRules;
        this.adjudicationRules = builder.adjudicationRules;
        if (deterministic) {
            this.transport = InMemoryTransport.queued();
            this.clock = new ManualClock(builder.start);
            this.scheduler = new ManualScheduler();
            this.executor = new TrampolineExecutor();
            this.pool = null;
            this.timers = null;
        } else {
            this.transport = InMemoryTransport.direct();
            this.clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), builder.start));
            this.pool = Executors.newFixedThreadPool(builder.threads, daemonThreads("claimsnet-flows"));
            this.executor = pool;
            ScheduledThreadPoolExecutor timerPool = new ScheduledThreadPoolExecutor(1, daemonThreads("claimsnet-timers"));
            // Most waits end long before their deadline; a cancelled timer must not keep its flow in memory until then.
            timerPool.setRemoveOnCancelPolicy(true);
            this.timers = timerPool;
            this.scheduler = new ExecutorScheduler(timers, clock);
        }
        for (CordaX500Name name : roles.keySet()) {
            stores.put(name, builder.stores.getOrDefault(name, TestNodeStores.inMemory()));
            nodes.put(name, startNode(name, null));
        }
    }

    /** One thread, a manual clock, messages delivered by {@link #runNetwork()}. */
    public static Builder deterministic() {
        return new Builder(true);
    }

    /** A pool of the given number of threads for every node's flows. */
    public static Builder threaded(int threads) {
        Builder builder = new Builder(false);
        builder.threads = threads;
        return builder;
    }

    public Node node(CordaX500Name name) {
        Node node = nodes.get(name);
        if (node == null) {
            throw new IllegalArgumentException(name + " is not running in this network");
        }
        return node;
    }

    public Node notary() {
        return node(NOTARY);
    }

    public Node insurer() {
        return node(INSURER);
    }

    public Node stMary() {
        return node(ST_MARY);
    }

    public Node lakeside() {
        return node(LAKESIDE);
    }

    public Node auditor() {
        return node(AUDITOR);
    }

    /**
     * The node's audit trail, which survives its restarts as its stores do: a desk on the node writes
     * it, and the node's read-log flow discloses it to the auditor.
     */
    public synchronized InMemoryClaimAuditTrail auditTrail(CordaX500Name name) {
        return auditTrails.computeIfAbsent(name, n -> new InMemoryClaimAuditTrail(clock));
    }

    /** The tear-offs the auditor keeps of what no grant opened to it. */
    public InMemoryAuditTearOffStore auditorsTearOffs() {
        return auditorsTearOffs;
    }

    /** The signed audit heads the auditor holds, by node. */
    public InMemoryAuditHeadStore auditorsHeads() {
        return auditHeads;
    }

    public List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    public InMemoryTransport transport() {
        return transport;
    }

    public Clock clock() {
        return clock;
    }

    public BootstrappedNetwork bootstrap() {
        return bootstrap;
    }

    public boolean isDeterministic() {
        return deterministic;
    }

    /** Deterministic mode: delivers messages until none is in flight; returns how many were delivered. */
    public int runNetwork() {
        return runNetwork(MAX_DELIVERIES_PER_RUN);
    }

    /** Deterministic mode: delivers at most the given number of messages (to stop a run half way). */
    public int runNetwork(int maxDeliveries) {
        requireDeterministic();
        int delivered = 0;
        while (delivered < maxDeliveries && transport.deliverNext()) {
            delivered++;
        }
        if (delivered == MAX_DELIVERIES_PER_RUN) {
            throw new IllegalStateException("The network did not settle after " + delivered + " messages");
        }
        return delivered;
    }

    /** Deterministic mode: moves the clock, fires the timeouts now due, and runs the network. */
    public void advanceTime(Duration duration) {
        requireDeterministic();
        ((ManualClock) clock).advance(duration);
        ((ManualScheduler) scheduler).runDue(clock.instant());
        runNetwork();
    }

    /** Stops a node as a crash would; messages for it wait in the transport. */
    public void stop(CordaX500Name name) {
        Node node = nodes.remove(name);
        if (node != null) {
            node.stop();
        }
    }

    /** Starts a stopped node over its stores: it resumes its unfinished flows from their checkpoints. */
    public Node start(CordaX500Name name) {
        if (nodes.containsKey(name)) {
            throw new IllegalStateException(name + " is running");
        }
        Node node = startNode(name, null);
        nodes.put(name, node);
        return node;
    }

    /**
     * Starts a stopped node over other stores (its database restored from a backup taken at
     * {@code backupTakenAt}, the node's clock then): it catches up from its peers as it starts.
     */
    public Node startRestored(CordaX500Name name, NodeStores restored, Instant backupTakenAt) {
        if (nodes.containsKey(name)) {
            throw new IllegalStateException(name + " is running");
        }
        stores.put(name, restored);
        Node node = startNode(name, backupTakenAt);
        nodes.put(name, node);
        return node;
    }

    /** A crash and a restart: a new node object over the same stores. */
    public Node restart(CordaX500Name name) {
        stop(name);
        return start(name);
    }

    @Override
    public void close() {
        for (Node node : nodes.values()) {
            node.stop();
        }
        if (pool != null) {
            pool.shutdownNow();
            timers.shutdownNow();
            try {
                pool.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Node startNode(CordaX500Name name, Instant backupTakenAt) {
        NodeRole role = roles.get(name);
        Node.Builder builder = Node.builder(name, role)
                .restoredFromBackupTakenAt(backupTakenAt)
                .keyPair(bootstrap.keyOf(name))
                .network(networkMap, bootstrap.parameters())
                .contractsJar(contractsJar)
                .stores(stores.get(name))
                .transport(transport)
                .clock(clockOffsets.containsKey(name) ? Clock.offset(clock, clockOffsets.get(name)) : clock)
                .scheduler(scheduler)
                .executor(executor)
                .settings(settings);
        if (role == NodeRole.PROVIDER) {
            builder.service(ScrubRulesPort.class, scrubRules);
        } else if (role == NodeRole.INSURER) {
            builder.service(AdjudicationRulesPort.class, adjudicationRules);
        }
        AuditTrailDisclosures disclosures = new AuditTrailDisclosures(auditTrail(name));
        if (role == NodeRole.AUDITOR) {
            builder.service(AuditHeadStore.class, auditHeads);
            builder.service(AuditTearOffStore.class, auditorsTearOffs);
        }
        if (role == NodeRole.PROVIDER || role == NodeRole.INSURER) {
            builder.service(ClaimReadLog.class, disclosures);
        }
        if (role == NodeRole.INSURER) {
            builder.service(EligibilityDisclosures.class, disclosures);
            builder.service(AuditorDisclosures.class, disclosures);
            builder.service(MemberHistoryDisclosures.class, disclosures);
        }
        return builder.start();
    }

    private void requireDeterministic() {
        if (!deterministic) {
            throw new IllegalStateException("Only a deterministic network is run step by step");
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** How the network is set up. */
    public static final class Builder {
        private final boolean deterministic;
        private int threads = 2;
        private Instant start = DEFAULT_START;
        private EngineSettings settings = EngineSettings.defaults();
        private ScrubRulesPort scrubRules = BasicScrubRules.standard();
        private AdjudicationRulesPort adjudicationRules = FixedPercentageAdjudicationRules.standard();
        private StoredAttachment contractsJar;
        private final Map<CordaX500Name, Duration> clockOffsets = new HashMap<>();
        private final Map<CordaX500Name, NodeStores> stores = new HashMap<>();

        private Builder(boolean deterministic) {
            this.deterministic = deterministic;
        }

        public Builder startingAt(Instant start) {
            this.start = start;
            return this;
        }

        public Builder settings(EngineSettings settings) {
            this.settings = settings;
            return this;
        }

        public Builder scrubRules(ScrubRulesPort scrubRules) {
            this.scrubRules = scrubRules;
            return this;
        }

        public Builder adjudicationRules(AdjudicationRulesPort adjudicationRules) {
            this.adjudicationRules = adjudicationRules;
            return this;
        }

        /** The node's clock runs this far ahead of the network's (behind, if negative): a clock that drifted. */
        public Builder clockOffset(CordaX500Name node, Duration ahead) {
            clockOffsets.put(node, ahead);
            return this;
        }

        /** The node keeps its state in these stores (e.g. on an H2 file) instead of in memory. */
        public Builder stores(CordaX500Name node, NodeStores nodeStores) {
            stores.put(node, nodeStores);
            return this;
        }

        public Builder contractsJar(StoredAttachment contractsJar) {
            this.contractsJar = contractsJar;
            return this;
        }

        public InMemoryNetwork build() {
            return new InMemoryNetwork(this);
        }
    }
}
