package net.claimsnet.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import net.claimsnet.flows.transport.http.PeerClocks;
import net.claimsnet.node.recovery.RecoveryReport;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.ledger.JpaTransactionStore;
import net.claimsnet.storage.jpa.server.DatabaseSchema;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Ready when the ledger libraries come from the server's class path, the node runtime has started
 * and the database answers through JPA. Reports the node's legal name and role, the network map
 * version it trusts, the peers it knows, the schema version and how many transactions it holds (no
 * claim data), and how far each peer's clock is from its own ({@code clockOffsets}), naming those
 * beyond what the flows tolerate ({@code clockSkew}; the node stays ready: the clocks are the
 * operator's to fix), and what the check of its vault against its latest transactions found as it
 * started ({@code vaultCheck}), and, after a rotation of its column keys, how far the re-encryption
 * pass has come ({@code columnKeyRotation}, {@code columnKeyRotationComplete}: tables and counts only). When the node did not start, {@code runtime=failed} and the reason.
 */
@Readiness
@ApplicationScoped
public class NodeReadinessCheck implements HealthCheck {

    private static final String NAME = "claimsnet-node";

    @EJB
    private NodeRuntime runtime;

    @EJB
    private DatabaseSchema schema;

    @EJB
    private DatabaseTransactions transactions;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try {
            if (!LedgerClassPath.isOnSystemClassPath()) {
                return response.down().withData("reason",
                        "corda-core must be on the server's system class path, not in the application (LEDGER.md)").build();
            }
            if (!runtime.isRunning()) {
                return response.down().withData("runtime", "failed")
                        .withData("reason", runtime.failure().orElse("the node is not running")).build();
            }
            long count = JpaTransactionStore.count(transactions);
            Map<String, PeerClocks.Offset> clocks = runtime.peerClocks();
            runtime.columnKeyRotation().ifPresent(rotation -> response.withData("columnKeyRotation", rotation)
                    .withData("columnKeyRotationComplete", runtime.isColumnKeyRotationComplete()));
            return response.up()
                    .withData("node", runtime.configuration().legalName().toString())
                    .withData("role", runtime.configuration().role().name().toLowerCase(Locale.ROOT))
                    .withData("runtime", "started")
                    .withData("networkMapVersion", runtime.networkMapVersion())
                    .withData("peersKnown", String.join("; ", runtime.peersKnown()))
                    .withData("schemaVersion", schema.version())
                    .withData("transactions", count)
                    .withData("clockOffsets", describe(clocks))
                    .withData("clockSkew", skew(clocks))
                    .withData("vaultCheck", runtime.vaultCheck())
                    .withData("recovery", runtime.recovery().map(RecoveryReport::describe)
                            .orElse("none: the node was not restored from a backup since it started"))
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", String.valueOf(e.getMessage())).build();
        }
    }

    private static String describe(Map<String, PeerClocks.Offset> clocks) {
        return clocks.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; "));
    }

    private static String skew(Map<String, PeerClocks.Offset> clocks) {
        String beyond = clocks.entrySet().stream().filter(e -> e.getValue().beyondTolerance())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; "));
        return beyond.isEmpty() ? "every peer heard from within " + PeerClocks.TOLERATED.toSeconds() + " s"
                : "beyond the " + PeerClocks.TOLERATED.toSeconds() + " s the flows tolerate: " + beyond;
    }
}
