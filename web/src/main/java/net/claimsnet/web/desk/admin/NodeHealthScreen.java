package net.claimsnet.web.desk.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.ledger.JpaTransactionStore;
import net.claimsnet.storage.jpa.server.DatabaseSchema;
import net.claimsnet.storage.jpa.server.NodeOperationsReadings;

import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The node's health for its administrator (/admin/node.xhtml): the same readings as the readiness
 * check (name, role, network map version, peers, schema version, transaction count) and the admin
 * API (flows and outbox counts; on a notary its commit log), read once per request. Counts and names
 * only, no claim data.
 */
@Named
@RequestScoped
public class NodeHealthScreen {

    private static final Logger LOG = Logger.getLogger(NodeHealthScreen.class.getName());

    @EJB
    private NodeRuntime runtime;

    @EJB
    private DatabaseSchema schema;

    @EJB
    private DatabaseTransactions database;

    private String legalName;
    private String role;
    private int networkMapVersion;
    private List<String> peers = List.of();
    private String schemaVersion;
    private long transactions;
    private NodeOperationsReadings.FlowCounts flows;
    private NodeOperationsReadings.CommitLogCounts commitLog;
    private String readingProblem;

    @PostConstruct
    void read() {
        if (!runtime.isRunning()) {
            return;
        }
        legalName = runtime.configuration().legalName().toString();
        NodeRole nodeRole = runtime.configuration().role();
        role = nodeRole.name().toLowerCase(Locale.ROOT);
        try {
            networkMapVersion = runtime.networkMapVersion();
            peers = runtime.peersKnown().stream().sorted().toList();
            schemaVersion = schema.version();
            transactions = JpaTransactionStore.count(database);
            NodeOperationsReadings readings = new NodeOperationsReadings(database);
            flows = readings.flowCounts();
            commitLog = nodeRole == NodeRole.NOTARY ? readings.commitLogCounts() : null;
        } catch (RuntimeException e) {
            // The page must still show what it could read; the cause's text may hold SQL, so only its type is logged.
            LOG.log(Level.WARNING, () -> "Node health reading failed: " + e.getClass().getName());
            readingProblem = "Some readings failed (the node's database may not be answering); reload the page in a moment.";
        }
    }

    public boolean isRunning() {
        return runtime.isRunning();
    }

    /** Why the node is not running: the runtime's reason, or that it is starting. */
    public String getNotRunningReason() {
        return runtime.failure().orElse("The node is starting; reload the page in a moment.");
    }

    public String getLegalName() {
        return legalName;
    }

    public String getRole() {
        return role;
    }

    public int getNetworkMapVersion() {
        return networkMapVersion;
    }

    public List<String> getPeers() {
        return peers;
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }

    public long getTransactions() {
        return transactions;
    }

    public boolean isFlowsRead() {
        return flows != null;
    }

    public long getRunningFlows() {
        return flows == null ? 0 : flows.running();
    }

    public long getFailedFlows() {
        return flows == null ? 0 : flows.failed();
    }

    public long getOutboxPending() {
        return flows == null ? 0 : flows.outboxPending();
    }

    public long getOutboxRefused() {
        return flows == null ? 0 : flows.outboxRefused();
    }

    public boolean isNotary() {
        return commitLog != null;
    }

    public long getCommittedTransactions() {
        return commitLog == null ? 0 : commitLog.transactions();
    }

    public long getConsumedStates() {
        return commitLog == null ? 0 : commitLog.consumedStates();
    }

    public String getReadingProblem() {
        return readingProblem;
    }
}
