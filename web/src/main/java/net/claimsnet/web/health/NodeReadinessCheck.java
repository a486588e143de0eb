package net.claimsnet.web.health;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.ledger.JpaTransactionStore;
import net.claimsnet.storage.jpa.server.DatabaseSchema;
import net.claimsnet.web.node.NodeConfiguration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the ledger libraries come from the server's class path, the node knows who it is and
 * its database answers through JPA: reports the node's legal name and role, the schema version and
 * how many transactions it holds (no claim data).
 */
@Readiness
@ApplicationScoped
public class NodeReadinessCheck implements HealthCheck {

    private static final String NAME = "claimsnet-node";

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
            NodeConfiguration node = NodeConfiguration.fromSystemProperty();
            long count = new JpaTransactionStore(transactions).count();
            return response.up()
                    .withData("node", node.legalName())
                    .withData("role", node.role())
                    .withData("schemaVersion", schema.version())
                    .withData("transactions", count)
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", String.valueOf(e.getMessage())).build();
        }
    }
}
