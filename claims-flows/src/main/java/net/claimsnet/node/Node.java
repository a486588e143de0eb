package net.claimsnet.node;

import net.claimsnet.flows.access.AuditTearOffFlow;
import net.claimsnet.flows.access.GrantedDisclosureFlow;
import net.claimsnet.flows.audit.AuditHeadFlow;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.AppealClaimFlow;
import net.claimsnet.flows.claim.EligibilityFlow;
import net.claimsnet.flows.claim.PendClaimFlow;
import net.claimsnet.flows.claim.ProvideInformationFlow;
import net.claimsnet.flows.claim.ReadLogFlow;
import net.claimsnet.flows.claim.ReplaceClaimFlow;
import net.claimsnet.flows.claim.RequestInformationFlow;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.flows.claim.VoidClaimFlow;
import net.claimsnet.flows.consent.MemberHistoryFlow;
import net.claimsnet.flows.consent.RecordConsentFlow;
import net.claimsnet.flows.consent.WithdrawConsentFlow;
import net.claimsnet.flows.engine.EngineSettings;
import net.claimsnet.flows.engine.FlowEngine;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.FlowRegistry;
import net.claimsnet.flows.engine.NodeServices;
import net.claimsnet.flows.engine.Scheduler;
import net.claimsnet.flows.finality.ObserveTransactionFlow;
import net.claimsnet.flows.notary.NotariseFlow;
import net.claimsnet.flows.notary.NotaryService;
import net.claimsnet.flows.recovery.LedgerRecoveryFlow;
import net.claimsnet.flows.transport.Transport;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.VaultConsistency;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.node.recovery.LedgerRecovery;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.node.NetworkParameters;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * One organisation's node: its ledger (identity, key, trusted network map, contracts JAR, stores),
 * its flow engine with the responders of its role, and the services its flows use (rules ports;
 * the notary service on the notary). Started over {@link NodeStores} that survive it: a restart is a
 * new {@code Node} over the same stores, which resumes every unfinished flow from its checkpoint.
 */
public final class Node {

    private static final System.Logger LOG = System.getLogger(Node.class.getName());

    private final NodeRole role;
    private final NodeLedger ledger;
    private final NodeStores stores;
    private final FlowEngine engine;
    private final NodeServices services;
    private final VaultConsistency.Report vaultCheck;
    private final LedgerRecovery recovery;

    private Node(Builder builder) {
        this.role = builder.role;
        this.stores = builder.stores;
        Party identity = builder.networkMap.party(builder.name);
        this.ledger = new NodeLedger(identity, builder.keyPair, builder.networkMap, builder.parameters,
                builder.contractsJar, stores.attachments(), stores.transactions(), stores.vault(), stores.tornOff());
        Map<Class<?>, Object> services = new HashMap<>(builder.services);
        if (role == NodeRole.NOTARY) {
            services.put(NotaryService.class, new NotaryService(identity, builder.keyPair, builder.clock, stores.uniqueness(),
                    builder.networkMap));
        }
        this.services = new Services(ledger, builder.clock, services, role == NodeRole.AUDITOR);
        // Before any flow runs again: a flow resumed from its checkpoint reads the vault.
        this.vaultCheck = ledger.checkVault(VaultConsistency.STARTUP_CHECKED, role == NodeRole.AUDITOR);
        if (!vaultCheck.agreed()) {
            LOG.log(System.Logger.Level.WARNING, () -> name() + ": " + vaultCheck.describe());
        }
        this.engine = new FlowEngine(this.services,
                stores.checkpoints(), responders(role), builder.scheduler, builder.executor, builder.settings);
        engine.start(builder.transport, builder.backupTakenAt != null);
        // After the engine started (the flows the backup resumed are known), so that recovery can ask about their sessions.
        this.recovery = builder.backupTakenAt == null ? null : LedgerRecovery.start(this, builder.backupTakenAt);
    }

    public static Builder builder(CordaX500Name name, NodeRole role) {
        return new Builder(name, role);
    }

    /** The responders each role runs: the counterpart of every flow another role starts with it. */
    static FlowRegistry responders(NodeRole role) {
        FlowRegistry registry = new FlowRegistry();
        switch (role) {
            case PROVIDER:
                registry.responder(AdjudicateClaimFlow.Initiator.class, AdjudicateClaimFlow.Responder::new)
                        .responder(SettleClaimFlow.Initiator.class, SettleClaimFlow.Responder::new)
                        .responder(RequestInformationFlow.Initiator.class, RequestInformationFlow.Responder::new)
                        .responder(PendClaimFlow.Initiator.class, PendClaimFlow.Responder::new)
                        .responder(ReadLogFlow.Initiator.class, ReadLogFlow.Responder::new)
                        .responder(RecordConsentFlow.Initiator.class, RecordConsentFlow.Responder::new)
                        .responder(WithdrawConsentFlow.Initiator.class, WithdrawConsentFlow.Responder::new)
                        .responder(LedgerRecoveryFlow.Initiator.class, LedgerRecoveryFlow.Responder::new);
                break;
            case INSURER:
                registry.responder(SubmitClaimFlow.Initiator.class, SubmitClaimFlow.Responder::new)
                        .responder(ProvideInformationFlow.Initiator.class, ProvideInformationFlow.Responder::new)
                        .responder(AppealClaimFlow.Initiator.class, AppealClaimFlow.Responder::new)
                        .responder(VoidClaimFlow.Initiator.class, VoidClaimFlow.Responder::new)
                        .responder(ReplaceClaimFlow.Initiator.class, ReplaceClaimFlow.Responder::new)
                        .responder(ReadLogFlow.Initiator.class, ReadLogFlow.Responder::new)
                        .responder(EligibilityFlow.Initiator.class, EligibilityFlow.Responder::new)
                        .responder(GrantedDisclosureFlow.Initiator.class, GrantedDisclosureFlow.Responder::new)
                        .responder(MemberHistoryFlow.Initiator.class, MemberHistoryFlow.Responder::new)
                        .responder(LedgerRecoveryFlow.Initiator.class, LedgerRecoveryFlow.Responder::new);
                break;
            case NOTARY:
                // The notary keeps no transactions in full; it answers a restored peer about their sessions.
                registry.responder(NotariseFlow.Initiator.class, NotariseFlow.Responder::new)
                        .responder(LedgerRecoveryFlow.Initiator.class, LedgerRecoveryFlow.Responder::new);
                break;
            case AUDITOR:
                registry.responder(ObserveTransactionFlow.Initiator.class, ObserveTransactionFlow.Responder::new)
                        .responder(AuditTearOffFlow.Initiator.class, AuditTearOffFlow.Responder::new)
                        .responder(AuditHeadFlow.Initiator.class, AuditHeadFlow.Responder::new)
                        .responder(LedgerRecoveryFlow.Initiator.class, LedgerRecoveryFlow.Responder::new);
                break;
            default:
                throw new IllegalArgumentException("Unknown role " + role);
        }
        return registry;
    }

    public CordaX500Name name() {
        return ledger.identity().getName();
    }

    public Party identity() {
        return ledger.identity();
    }

    public NodeRole role() {
        return role;
    }

    public NodeLedger ledger() {
        return ledger;
    }

    /** What the vault check found as the node started. */
    public VaultConsistency.Report vaultCheck() {
        return vaultCheck;
    }

    /** The catch-up from the peers, if the node was started restored from a backup. */
    public Optional<LedgerRecovery> recovery() {
        return Optional.ofNullable(recovery);
    }

    public NodeStores stores() {
        return stores;
    }

    /** The flow engine: start flows, and the operator's view of failed flows (retry, abandon). */
    public FlowEngine flows() {
        return engine;
    }

    /**
     * What this node's flows see (clock, rules ports): the same view for the application services on
     * the node, so that the claim desk scrubs with the rules and the day its submission flow uses.
     */
    public NodeServices services() {
        return services;
    }

    public <T> FlowHandle<T> startFlow(FlowLogic<T> flow) {
        return engine.startFlow(flow);
    }

    /** Starts a flow under the caller's id, with {@code alongside} in its first checkpoint's transaction ({@link FlowEngine#startFlow(FlowLogic, String, Runnable)}). */
    public <T> FlowHandle<T> startFlow(FlowLogic<T> flow, String flowId, Runnable alongside) {
        return engine.startFlow(flow, flowId, alongside);
    }

    /** Stops the node as a crash would: checkpoints and stores stay, work in memory is lost. */
    public void stop() {
        engine.stop();
    }

    @Override
    public String toString() {
        return role + " " + name();
    }

    /** Everything a node is made of. */
    public static final class Builder {
        private final CordaX500Name name;
        private final NodeRole role;
        private KeyPair keyPair;
        private TrustedNetworkMap networkMap;
        private NetworkParameters parameters;
        private StoredAttachment contractsJar;
        private NodeStores stores;
        private Transport transport;
        private Clock clock = Clock.systemUTC();
        private Scheduler scheduler;
        private Executor executor;
        private EngineSettings settings = EngineSettings.defaults();
        private final Map<Class<?>, Object> services = new HashMap<>();
        private Instant backupTakenAt;

        private Builder(CordaX500Name name, NodeRole role) {
            this.name = Objects.requireNonNull(name);
            this.role = Objects.requireNonNull(role);
        }

        public Builder keyPair(KeyPair keyPair) {
            this.keyPair = keyPair;
            return this;
        }

        public Builder network(TrustedNetworkMap networkMap, NetworkParameters parameters) {
            this.networkMap = networkMap;
            this.parameters = parameters;
            return this;
        }

        public Builder contractsJar(StoredAttachment contractsJar) {
            this.contractsJar = contractsJar;
            return this;
        }

        /** What the node keeps across restarts: required, there is no default (a server's are its JPA stores). */
        public Builder stores(NodeStores stores) {
            this.stores = stores;
            return this;
        }

        public Builder transport(Transport transport) {
            this.transport = transport;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder scheduler(Scheduler scheduler) {
            this.scheduler = scheduler;
            return this;
        }

        public Builder executor(Executor executor) {
            this.executor = executor;
            return this;
        }

        public Builder settings(EngineSettings settings) {
            this.settings = settings;
            return this;
        }

        /**
         * The node's database was just restored from a backup taken at that time (its clock then): the node
         * catches up from its peers as it starts ({@link LedgerRecovery}).
         */
        public Builder restoredFromBackupTakenAt(Instant backupTakenAt) {
            this.backupTakenAt = backupTakenAt;
            return this;
        }

        /** A service the node's flows use, by the type they ask for (e.g. a rules port). */
        public <S> Builder service(Class<S> type, S implementation) {
            services.put(type, implementation);
            return this;
        }

        public Node start() {
            Objects.requireNonNull(keyPair, "keyPair");
            Objects.requireNonNull(networkMap, "networkMap");
            Objects.requireNonNull(contractsJar, "contractsJar");
            Objects.requireNonNull(stores, "stores");
            Objects.requireNonNull(transport, "transport");
            Objects.requireNonNull(scheduler, "scheduler");
            Objects.requireNonNull(executor, "executor");
            return new Node(this);
        }
    }

    private static final class Services implements NodeServices {
        private final NodeLedger ledger;
        private final Clock clock;
        private final Map<Class<?>, Object> services;
        private final boolean observer;

        Services(NodeLedger ledger, Clock clock, Map<Class<?>, Object> services, boolean observer) {
            this.ledger = ledger;
            this.clock = clock;
            this.services = Map.copyOf(services);
            this.observer = observer;
        }

        @Override
        public NodeLedger ledger() {
            return ledger;
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public <S> S service(Class<S> type) {
            Object service = services.get(type);
            if (service == null) {
                throw new IllegalStateException(ledger.identity().getName().getOrganisation() + " has no "
                        + type.getSimpleName());
            }
            return type.cast(service);
        }

        @Override
        public boolean observer() {
            return observer;
        }
    }
}
