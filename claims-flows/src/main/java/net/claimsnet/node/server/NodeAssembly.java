package net.claimsnet.node.server;

import net.claimsnet.flows.access.AuditTearOffStore;
import net.claimsnet.flows.access.AuditorDisclosures;
import net.claimsnet.flows.audit.AuditHeadStore;
import net.claimsnet.flows.claim.ClaimReadLog;
import net.claimsnet.flows.claim.EligibilityDisclosures;
import net.claimsnet.flows.consent.MemberHistoryDisclosures;
import net.claimsnet.flows.claim.VaultClaimHistory;
import net.claimsnet.node.desk.AuditTrailDisclosures;
import net.claimsnet.flows.engine.EngineSettings;
import net.claimsnet.flows.engine.Scheduler;
import net.claimsnet.flows.rules.AdjudicationRulesPort;
import net.claimsnet.flows.rules.ScrubRulesPort;
import net.claimsnet.flows.rules.drools.DroolsAdjudicationRules;
import net.claimsnet.flows.rules.drools.DroolsScrubRules;
import net.claimsnet.flows.transport.Transport;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.ExecutorScheduler;
import net.claimsnet.node.Node;
import net.claimsnet.node.NodeStores;
import net.claimsnet.node.bootstrap.NetworkFiles;
import net.claimsnet.node.bootstrap.NodeNetworkState;
import net.claimsnet.node.config.NodeConfiguration;
import net.claimsnet.rules.RulesSettings;
import net.claimsnet.rules.drools.DroolsClaimAdjudicator;
import net.claimsnet.rules.drools.DroolsClaimScrubber;
import net.claimsnet.rules.drools.RuleSetKind;
import net.claimsnet.rules.drools.RuleSetRegistry;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * One organisation's node put together from its parts, in or out of a server: its configuration,
 * the key, network map and parameters the bootstrap generated, the contracts JAR, its stores, a
 * transport, the Drools rules of its role (scrubbing on a provider, adjudication on an insurer) and
 * its own threads. {@link NodeRuntime} makes one in Payara; tests make them in one JVM.
 *
 * <p>Threads: a small fixed pool for the flows, one thread that sends P2P messages and one timer
 * thread (flow timeouts, P2P retries), all from the given thread
 * factory (in Payara the container's ManagedThreadFactory, so they carry the application's class
 * loader and naming context). An own pool rather than the shared ManagedExecutorService: the node
 * decides how many flows run at once, its threads are not taken by other work of the server, and
 * {@link #close} waits for them, so a stopped node has nothing left running.
 */
public final class NodeAssembly implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(NodeAssembly.class.getName());

    private final NodeConfiguration configuration;
    private final NodeNetworkState network;
    private final ExecutorService flowThreads;
    private final ExecutorService p2pThread;
    private final ScheduledThreadPoolExecutor timers;
    private final Transport transport;
    private final RuleSetRegistry rules;
    private final PatientPlans patientPlans = new PatientPlans();
    private final Node node;

    private NodeAssembly(Builder builder) {
        this.configuration = builder.configuration;
        this.network = builder.files.loadNode(configuration.id(), configuration.legalName());
        if (network.networkMap().require(configuration.legalName()).getRole() != configuration.role()) {
            throw new IllegalStateException(configuration.file() + " says node.role=" + configuration.role()
                    + " but the network map says " + network.networkMap().require(configuration.legalName()).getRole()
                    + " (run ./network up to re-sign the map)");
        }
        NodeRole role = configuration.role();
        // Only the rule set of the role is built (each takes seconds): scrubbing on a provider,
        // adjudication on an insurer.
        this.rules = role == NodeRole.PROVIDER ? RuleSetRegistry.open(builder.rulesSettings, RuleSetKind.SCRUB)
                : role == NodeRole.INSURER ? RuleSetRegistry.open(builder.rulesSettings, RuleSetKind.ADJUDICATE)
                : null;
        this.flowThreads = Executors.newFixedThreadPool(builder.flowThreads, builder.threadFactory);
        // Sending waits on the network; it gets its own thread so that a slow peer holds up no flow.
        this.p2pThread = Executors.newSingleThreadExecutor(builder.threadFactory);
        this.timers = new ScheduledThreadPoolExecutor(1, builder.threadFactory);
        // Most waits end long before their deadline; a cancelled timer must not keep its flow in memory.
        timers.setRemoveOnCancelPolicy(true);
        Scheduler scheduler = new ExecutorScheduler(timers, builder.clock);
        Transport madeTransport = null;
        try {
            madeTransport = builder.transports.create(configuration, network, p2pThread, scheduler, builder.clock);
            this.transport = madeTransport;
            Node.Builder node = Node.builder(configuration.legalName(), role)
                    .keyPair(network.keyPair())
                    .network(network.networkMap(), network.parameters())
                    .contractsJar(builder.contractsJar)
                    .stores(builder.stores)
                    .transport(transport)
                    .clock(builder.clock)
                    .scheduler(scheduler)
                    .executor(flowThreads)
                    .settings(builder.settings)
                    .restoredFromBackupTakenAt(builder.backupTakenAt);
            if (role == NodeRole.PROVIDER) {
                node.service(ScrubRulesPort.class, new DroolsScrubRules(new DroolsClaimScrubber(rules), patientPlans::planOf));
                node.service(PatientPlans.class, patientPlans);
            } else if (role == NodeRole.INSURER) {
                // TODO(network status): every billing provider counts as in network until the insurer's
                // provider contracts are reference data.
                node.service(AdjudicationRulesPort.class, new DroolsAdjudicationRules(
                        new DroolsClaimAdjudicator(rules, new VaultClaimHistory(builder.stores.vault())), builder.clock));
            }
            if (builder.disclosures != null && (role == NodeRole.PROVIDER || role == NodeRole.INSURER)) {
                node.service(ClaimReadLog.class, builder.disclosures);
            }
            if (builder.disclosures != null && role == NodeRole.INSURER) {
                node.service(EligibilityDisclosures.class, builder.disclosures);
                node.service(AuditorDisclosures.class, builder.disclosures);
                node.service(MemberHistoryDisclosures.class, builder.disclosures);
            }
            if (builder.auditHeads != null && role == NodeRole.AUDITOR) {
                node.service(AuditHeadStore.class, builder.auditHeads);
            }
            if (builder.tearOffs != null && role == NodeRole.AUDITOR) {
                node.service(AuditTearOffStore.class, builder.tearOffs);
            }
            this.node = node.start();
        } catch (RuntimeException | Error e) {
            closeTransport(madeTransport);
            shutdownThreads();
            if (rules != null) {
                rules.close();
            }
            throw e;
        }
    }

    public static Builder builder(NodeConfiguration configuration, NetworkFiles files) {
        return new Builder(configuration, files);
    }

    public Node node() {
        return node;
    }

    public NodeConfiguration configuration() {
        return configuration;
    }

    public NodeNetworkState network() {
        return network;
    }

    public Transport transport() {
        return transport;
    }

    /** Provider nodes: the plan on each patient's card, which the scrubbing rules check. */
    public PatientPlans patientPlans() {
        return patientPlans;
    }

    /** The Drools rule set of a provider (scrubbing) or insurer (adjudication); null on the notary and the auditor. */
    public RuleSetRegistry rules() {
        return rules;
    }

    /**
     * Stops the node: no new message is taken, the flows running finish their current step (their
     * checkpoints stay, and a restarted node resumes them), then the threads and the rules stop.
     */
    @Override
    public void close() {
        node.stop();
        closeTransport(transport);
        shutdownThreads();
        if (rules != null) {
            rules.close();
        }
    }

    private static void closeTransport(Transport transport) {
        if (transport instanceof AutoCloseable) {
            try {
                ((AutoCloseable) transport).close();
            } catch (Exception e) {
                LOG.warning(() -> "The transport did not close cleanly: " + e);
            }
        }
    }

    private void shutdownThreads() {
        timers.shutdownNow();
        p2pThread.shutdownNow();
        flowThreads.shutdown();
        try {
            if (!flowThreads.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning(() -> configuration.id() + ": flow threads still busy after 10 s; interrupting them");
                flowThreads.shutdownNow();
            }
        } catch (InterruptedException e) {
            flowThreads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** What the node is built from; every part but the configuration and files has no default. */
    public static final class Builder {
        private final NodeConfiguration configuration;
        private final NetworkFiles files;
        private StoredAttachment contractsJar;
        private NodeStores stores;
        private TransportFactory transports;
        private RulesSettings rulesSettings;
        private ThreadFactory threadFactory = Executors.defaultThreadFactory();
        private int flowThreads = 4;
        private Clock clock = Clock.systemUTC();
        private EngineSettings settings = EngineSettings.defaults();
        private AuditTrailDisclosures disclosures;
        private AuditHeadStore auditHeads;
        private AuditTearOffStore tearOffs;
        private java.time.Instant backupTakenAt;

        private Builder(NodeConfiguration configuration, NetworkFiles files) {
            this.configuration = Objects.requireNonNull(configuration, "configuration");
            this.files = Objects.requireNonNull(files, "files");
        }

        public Builder contractsJar(StoredAttachment contractsJar) {
            this.contractsJar = contractsJar;
            return this;
        }

        public Builder stores(NodeStores stores) {
            this.stores = stores;
            return this;
        }

        /** One transport shared by every node of the test (an in-JVM one). */
        public Builder transport(Transport transport) {
            Objects.requireNonNull(transport, "transport");
            this.transports = (node, network, executor, scheduler, clock) -> transport;
            return this;
        }

        /** The node's own transport, made once its key and network map are loaded (HTTP between servers). */
        public Builder transport(TransportFactory transports) {
            this.transports = Objects.requireNonNull(transports, "transports");
            return this;
        }

        /**
         * Where the node records what it discloses to other nodes: its read logs to the auditor (providers
         * and insurers), eligibility answers and members' histories to providers (insurers).
         */
        public Builder disclosures(AuditTrailDisclosures disclosures) {
            this.disclosures = disclosures;
            return this;
        }

        /** Where the auditor keeps the signed audit heads the other nodes send it (the auditor only). */
        public Builder auditHeads(AuditHeadStore auditHeads) {
            this.auditHeads = auditHeads;
            return this;
        }

        /** Where the auditor keeps the tear-offs of the transactions no grant opens to it (the auditor only). */
        public Builder tearOffs(AuditTearOffStore tearOffs) {
            this.tearOffs = tearOffs;
            return this;
        }

        /** Where the rule files and reference data are (providers and insurers only). */
        public Builder rules(RulesSettings rulesSettings) {
            this.rulesSettings = rulesSettings;
            return this;
        }

        public Builder threads(ThreadFactory threadFactory, int flowThreads) {
            if (flowThreads < 1) {
                throw new IllegalArgumentException("A node needs at least one flow thread; was " + flowThreads);
            }
            this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
            this.flowThreads = flowThreads;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder settings(EngineSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The database was restored from a backup taken then (null: it was not): the node catches up from its peers. */
        public Builder restoredFromBackupTakenAt(java.time.Instant takenAt) {
            this.backupTakenAt = takenAt;
            return this;
        }

        public NodeAssembly start() {
            Objects.requireNonNull(contractsJar, "contractsJar");
            Objects.requireNonNull(stores, "stores");
            Objects.requireNonNull(transports, "transport");
            NodeRole role = configuration.role();
            if ((role == NodeRole.PROVIDER || role == NodeRole.INSURER) && rulesSettings == null) {
                throw new IllegalStateException("A " + role + " node needs its rules (config/rules, config/reference)");
            }
            return new NodeAssembly(this);
        }
    }

    /** Makes a node's transport from its identity and network map, on the node's P2P thread and timers. */
    @FunctionalInterface
    public interface TransportFactory {
        Transport create(NodeConfiguration node, NodeNetworkState network, java.util.concurrent.Executor p2pThread,
                         Scheduler scheduler, Clock clock);
    }
}
