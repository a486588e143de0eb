package net.claimsnet.node.server;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.engine.Scheduler;
import net.claimsnet.flows.transport.http.HttpTransport;
import net.claimsnet.flows.transport.http.InboundMessages;
import net.claimsnet.flows.transport.http.PeerClocks;
import net.claimsnet.ledger.attachments.ContractsJar;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.node.Node;
import net.claimsnet.node.NodeStores;
import net.claimsnet.node.bootstrap.NetworkFiles;
import net.claimsnet.node.bootstrap.NodeNetworkState;
import net.claimsnet.node.config.NodeConfiguration;
import net.claimsnet.node.desk.AuditTrailDisclosures;
import net.claimsnet.rules.RulesSettings;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.ColumnKeyRing;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.LookupKeyHash;
import net.claimsnet.storage.jpa.filing.JpaFilingReservations;
import net.claimsnet.storage.jpa.flow.JpaCheckpointStore;
import net.claimsnet.storage.jpa.flow.JpaInboxStore;
import net.claimsnet.storage.jpa.flow.JpaOutboxStore;
import net.claimsnet.storage.jpa.notary.JpaUniquenessProvider;
import net.claimsnet.storage.jpa.ledger.JpaAttachmentStore;
import net.claimsnet.storage.jpa.ledger.JpaTornOffTransactionStore;
import net.claimsnet.storage.jpa.ledger.JpaTransactionStore;
import net.claimsnet.storage.jpa.ledger.JpaVaultStore;
import net.claimsnet.storage.jpa.security.JpaAuditChainStore;
import net.claimsnet.storage.jpa.security.JpaAuditHeadStore;
import net.claimsnet.storage.jpa.security.JpaAuditTearOffStore;
import net.claimsnet.node.audit.AuditLogCheck;
import net.claimsnet.node.audit.AuditLogReport;
import net.claimsnet.node.audit.NodeAuditLog;
import net.claimsnet.node.backup.BackupManifest;
import net.claimsnet.node.backup.NodeBackups;
import net.claimsnet.node.backup.RestoreMarker;
import net.claimsnet.node.recovery.LedgerRecovery;
import net.claimsnet.node.recovery.RecoveryReport;
import net.claimsnet.storage.jpa.NodePersistenceUnit;
import net.claimsnet.storage.jpa.backup.H2Backup;
import net.claimsnet.storage.jpa.schema.SchemaMigrations;


import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The organisation's node, running as long as the application does. On start it reads the node's
 * file (system property {@value NodeConfiguration#PATH_PROPERTY}), its key and the signed network
 * map and parameters from the state directory ({@value NetworkFiles#STATE_DIR_PROPERTY}), the
 * contracts JAR ({@value ContractsJar#LOCATION_PROPERTY}) and the rules ({@value RulesSettings#CONFIG_DIR_PROPERTY}),
 * all set per domain by {@code ./network up}, and starts the node over the database
 * ({@code DatabaseSchema} has migrated it by then). Its P2P travels over mutual TLS, with the node's
 * TLS key store and the network's truststore from the state directory. It stops the node when the
 * application stops.
 *
 * <p>A node that cannot start does not fail the deployment: the application stays up, the readiness
 * check reports DOWN with the reason (which {@code ./network up} prints), and {@link #node()} refuses.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
// The node has its own threads and the stores their own transactions (JtaTransactions): the
// container must neither serialise calls to node() nor wrap the start in one long transaction.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class NodeRuntime {

    private static final Logger LOG = Logger.getLogger(NodeRuntime.class.getName());
    /** Flows of one node running at once; more only queue for two cores. */
    static final String FLOW_THREADS_PROPERTY = "claimsnet.flow.threads";

    @EJB
    private DatabaseTransactions database;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threadFactory;

    /** For online backups (H2's BACKUP TO runs on a connection of its own, outside any transaction). */
    @Resource(lookup = NodePersistenceUnit.DATA_SOURCE)
    private DataSource dataSource;

    private volatile NodeAssembly assembly;
    private volatile String failure;
    private volatile NodeConfiguration configuration;
    private volatile HttpTransport http;
    private volatile NodeAuditLog auditLog;
    private volatile NetworkFiles files;
    private volatile ColumnEncryption columns;
    /** The re-encryption pass after a column key rotation, if the keys were rotated; null if not. */
    private volatile ReencryptionAfterRotation reencryption;

    @PostConstruct
    void start() {
        long started = System.nanoTime();
        try {
            configuration = NodeConfiguration.fromSystemProperty();
            // The audit log first: logins and administration are recorded even if the node does not start.
            JpaAuditHeadStore auditHeads = new JpaAuditHeadStore(database, Clock.systemUTC());
            // The audit log's writer keeps the normal priority: a desk page waits for its read's audit rows to commit.
            auditLog = new NodeAuditLog(new JpaAuditChainStore(database), auditHeads, threadFactory, Clock.systemUTC(),
                    configuration.audit());
            files = NetworkFiles.fromSystemProperty();
            // Everything a restarted node needs is in its database: ledger, vault, attachments, flow
            // checkpoints, the notary's commit log, the P2P outbox and inbox; what holds PHI or
            // serialized data is encrypted with the column keys of the node's keystore.
            // After a rotation the ring holds more than one generation: new values use the newest, older
            // ones still read until the re-encryption pass (started below) has rewritten them.
            ColumnKeyRing columnKeys = files.loadColumnKeyRing(configuration.id());
            ColumnEncryption columns = ColumnEncryption.aesGcm(columnKeys);
            LookupKeyHash lookupKeys = LookupKeyHash.with(columnKeys);
            JpaVaultStore vault = new JpaVaultStore(database, ClaimLookupKeys.INSTANCE, columns, lookupKeys);
            int indexed = vault.indexLookupKeys();
            if (indexed > 0) {
                LOG.info(() -> indexed + " vault states recorded before the member index were indexed");
            }
            NodeStores stores = new NodeStores(new JpaTransactionStore(database, columns), vault,
                    new JpaAttachmentStore(database, columns), new JpaCheckpointStore(database, columns),
                    new JpaUniquenessProvider(database, columns), new JpaTornOffTransactionStore(database, columns),
                    new JpaFilingReservations(database, lookupKeys));
            this.columns = columns;
            ThreadFactory background = new LowPriorityThreads(threadFactory);
            RestoreMarker restored = new RestoreMarker(files.stateDir(), configuration.id());
            Instant backupTakenAt = restored.backupTakenAt().orElse(null);
            assembly = NodeAssembly.builder(configuration, files)
                    .restoredFromBackupTakenAt(backupTakenAt)
                    .contractsJar(ContractsJar.load())
                    .stores(stores)
                    .transport(this::httpTransport)
                    .rules(RulesSettings.load())
                    .disclosures(new AuditTrailDisclosures(auditLog.trail(NodeAuditLog.CLAIM)))
                    .auditHeads(auditHeads)
                    .tearOffs(new JpaAuditTearOffStore(database, columns))
                    .threads(background, Integer.getInteger(FLOW_THREADS_PROPERTY, 4))
                    .start();
            reencryption = ReencryptionAfterRotation.startIfRotated(database, columnKeys, columns, vault, background);
            Node node = assembly.node();
            // Once every peer answered, the next start is an ordinary one; until then each start catches up again.
            node.recovery().ifPresent(recovery -> recovery.completion().thenAccept(report -> {
                if (report.complete()) {
                    restored.remove();
                }
            }));
            auditLog.startSigning(configuration.legalName(), assembly.network().keyPair(),
                    head -> AuditLogCheck.sendToAuditor(node, head));
            LOG.info(() -> "Node " + configuration.legalName() + " (" + configuration.role() + ") started in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms; network map version "
                    + assembly.network().networkMap().version() + ", " + peersKnown().size() + " peers known");
        } catch (RuntimeException | Error e) {
            failure = String.valueOf(e.getMessage());
            LOG.log(Level.SEVERE, "The node did not start: " + failure, e);
        }
    }

    /**
     * How far the re-encryption pass after a column key rotation has come, if one runs or ran since the
     * node started ({@code finished} with nothing {@code refused}: the older keys can be retired).
     */
    public Optional<String> columnKeyRotation() {
        ReencryptionAfterRotation pass = reencryption;
        return pass == null ? Optional.empty() : Optional.of(pass.describe());
    }

    /** Whether a re-encryption pass finished with every older value rewritten (the operator may then retire the older keys). */
    public boolean isColumnKeyRotationComplete() {
        ReencryptionAfterRotation pass = reencryption;
        return pass == null || pass.isComplete();
    }

    @PreDestroy
    void stop() {
        ReencryptionAfterRotation pass = reencryption;
        if (pass != null) {
            pass.stop();
        }
        NodeAssembly running = assembly;
        assembly = null;
        if (running != null) {
            running.close();
            LOG.info(() -> "Node " + running.configuration().legalName() + " stopped");
        }
        NodeAuditLog log = auditLog;
        auditLog = null;
        if (log != null) {
            log.close();
        }
    }

    /**
     * The node's audit log, where the desks, logins and administration record what they do; there even
     * when the node itself did not start, as long as its configuration and database could be read.
     */
    public NodeAuditLog auditLog() {
        NodeAuditLog log = auditLog;
        if (log == null) {
            throw new IllegalStateException("The audit log is not open: " + failure().orElse("the node is starting"));
        }
        return log;
    }

    /** Checks the node's audit chain against its own signed heads and the auditor's copies. */
    public AuditLogReport verifyAuditLog(Duration auditorWait) {
        return new AuditLogCheck(auditLog(), node()).run(auditorWait);
    }

    /** The running node; refused when it did not start (the reason is in {@link #failure()}). */
    public Node node() {
        return running().node();
    }

    public NodeConfiguration configuration() {
        return running().configuration();
    }

    /** Provider nodes: the plans on the patients' cards, for the scrubbing rules. */
    public PatientPlans patientPlans() {
        return running().patientPlans();
    }

    /**
     * The reference data (plans, fee schedules, codes) of the rule set in force on a provider or
     * insurer node, as its rules read it; refused on a node without rules.
     */
    public ReferenceData referenceData() {
        NodeAssembly running = running();
        if (running.rules() == null) {
            throw new IllegalStateException("A " + running.configuration().role() + " node has no rules and no reference data");
        }
        return running.rules().current().referenceData();
    }

    /** What the node's P2P endpoint (POST /api/p2p/messages) hands each request body to. */
    public InboundMessages inbound() {
        running();
        return http.inbound();
    }

    /** What encrypts the node's columns that hold PHI (with the column keys of its keystore); null until it runs. */
    public ColumnEncryption columns() {
        return columns;
    }

    public boolean isRunning() {
        return assembly != null;
    }

    /** Why the node did not start, if it did not. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }

    public int networkMapVersion() {
        return running().network().networkMap().version();
    }

    /** The other nodes on the network map, by legal name. */
    public List<String> peersKnown() {
        NodeAssembly running = running();
        return running.network().networkMap().entries().stream()
                .map(NetworkMapEntry::getName)
                .filter(name -> !name.equals(running.configuration().legalName()))
                .map(Object::toString)
                .collect(Collectors.toList());
    }

    /**
     * Backs the node up while it runs, under {@code .network/backups/<node>/<time>/}: on H2 the database
     * (BACKUP TO: one consistent state), on PostgreSQL only the rest (./network adds pg_dump's file), and on
     * both the node's key stores with their passwords and the manifest with the time on the node's clock.
     */
    public NodeBackups.Written backup() {
        NodeAssembly running = running();
        Node node = running.node();
        String id = running.configuration().id();
        BackupManifest manifest = new BackupManifest(id, running.configuration().legalName().toString(),
                node.services().clock().instant(), databaseKind(), SchemaMigrations.currentVersion(dataSource),
                node.ledger().transactions().count());
        // A node in a Payara domain holds only its domain's copies of its stores, their passwords in aliases:
        // ./network backup copies the operator's originals. A node run from .network itself copies them here.
        List<Path> keyFiles = files.readsItsOwnCopies() ? List.of()
                : List.of(files.keystore(id), files.keystorePassword(id), files.tlsKeystore(id), files.tlsKeystorePassword(id));
        return new NodeBackups(files.stateDir()).write(manifest, zip -> H2Backup.backup(dataSource, zip), keyFiles);
    }

    private String databaseKind() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:") ? "h2" : "postgresql";
        } catch (SQLException e) {
            throw new IllegalStateException("The node's database does not answer: " + e.getMessage(), e);
        }
    }

    /** How the catch-up from the peers after a restore went (or goes), if the node was restored since it started. */
    public Optional<RecoveryReport> recovery() {
        return running().node().recovery().map(LedgerRecovery::report);
    }

    /** What the check of the vault against the latest transactions found as the node started. */
    public String vaultCheck() {
        return running().node().vaultCheck().describe();
    }

    /**
     * How far each peer's clock is from this node's, by the peer's legal name, as far as this node has
     * sent it a message (the answers of its P2P endpoint state its time).
     */
    public Map<String, PeerClocks.Offset> peerClocks() {
        NodeAssembly running = running();
        HttpTransport transport = http;
        Map<String, PeerClocks.Offset> byName = new TreeMap<>();
        if (transport == null) {
            return byName;
        }
        Map<String, PeerClocks.Offset> byAddress = transport.peerClocks().byAddress();
        for (NetworkMapEntry entry : running.network().networkMap().entries()) {
            PeerClocks.Offset offset = byAddress.get(entry.getAddress());
            if (offset != null) {
                byName.put(entry.getName().toString(), offset);
            }
        }
        return byName;
    }

    /**
     * Signed messages to the peers' addresses on the network map, through the durable outbox, over
     * mutual TLS with the node's TLS certificate (the bootstrap issued it under .network/tls).
     */
    private HttpTransport httpTransport(NodeConfiguration node, NodeNetworkState network, Executor p2pThread,
                                        Scheduler scheduler, Clock clock) {
        http = HttpTransport.builder(node.legalName(), network.keyPair(), network.networkMap())
                .outbox(new JpaOutboxStore(database, node.legalName(), columns))
                .inbox(new JpaInboxStore(database, columns))
                .executor(p2pThread)
                .peerRateLimit(node.peerRateLimit())
                .tls(files.loadTls(node.id()))
                .scheduler(scheduler)
                .clock(clock)
                .build();
        return http;
    }

    private NodeAssembly running() {
        NodeAssembly running = assembly;
        if (running == null) {
            throw new IllegalStateException(failure != null ? "The node did not start: " + failure : "The node is not running");
        }
        return running;
    }
}
