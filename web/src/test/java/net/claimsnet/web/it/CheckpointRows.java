package net.claimsnet.web.it;

import net.claimsnet.storage.jpa.DatabaseTransactions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the deployed node's flow checkpoints (table flow_checkpoint). Apart from the test classes:
 * JUnit looks at a test class's methods in a JVM without the JPA API.
 */
final class CheckpointRows {

    private CheckpointRows() {
    }

    /** The checkpoints of flows started since the instant, as "flow name status". */
    static List<String> since(DatabaseTransactions database, Instant since) {
        return database.inTransaction(em -> {
            List<String> rows = new ArrayList<>();
            for (Object[] row : em.createQuery("select c.flowName, c.status from CheckpointEntity c where c.startedAt >= :since",
                    Object[].class).setParameter("since", since).getResultList()) {
                rows.add(row[0] + " " + row[1]);
            }
            return rows;
        });
    }
}
