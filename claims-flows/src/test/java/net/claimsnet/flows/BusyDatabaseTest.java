package net.claimsnet.flows;

import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.engine.FlowContext;
import net.claimsnet.flows.engine.FlowHandle;
import net.claimsnet.flows.engine.FlowLogic;
import net.claimsnet.flows.engine.Step;
import net.claimsnet.node.InMemoryNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static net.claimsnet.flows.ClaimNetwork.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step that fails because the database was busy (a lock wait timed out, a deadlock) runs again
 * from the last checkpoint after a pause, the flow RUNNING meanwhile; one that keeps failing so, or
 * fails for another reason, is kept FAILED with its reason for an operator.
 */
class BusyDatabaseTest {

    /** How many more times {@link RecordsOnABusyDatabase} fails before it records (a flow's fields are its checkpoint). */
    private static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

    private final ClaimNetwork net = new ClaimNetwork(InMemoryNetwork.deterministic());

    @AfterEach
    void close() {
        net.close();
    }

    @Test
    void aStepThatTimedOutOnADatabaseLockRunsAgainAfterAPauseAndTheFlowCompletes() {
        FAILURES_LEFT.set(3);
        FlowHandle<String> flow = net.insurer().startFlow(new RecordsOnABusyDatabase(lockTimeout()));
        net.network.runNetwork();

        assertThat(flow.result()).as("failed once, waiting to run again").isNotDone();
        assertThat(statusOf(net.insurer(), flow.flowId())).isEqualTo(FlowStatus.RUNNING);

        for (int pause = 0; pause < 3; pause++) {
            net.network.advanceTime(Duration.ofSeconds(10));
        }

        assertThat(flow.get()).isEqualTo("recorded");
        assertThat(FAILURES_LEFT.get()).isZero();
        assertThat(net.unfinishedFlows()).isEmpty();
    }

    @Test
    void aStepTheDatabaseKeepsRefusingFailsTheFlowWithTheReasonAfterItsRetries() {
        FAILURES_LEFT.set(Integer.MAX_VALUE);
        FlowHandle<String> flow = net.insurer().startFlow(new RecordsOnABusyDatabase(lockTimeout()));
        net.network.runNetwork();
        for (int pause = 0; pause < 8; pause++) {
            net.network.advanceTime(Duration.ofSeconds(10));
        }

        assertThat(statusOf(net.insurer(), flow.flowId())).isEqualTo(FlowStatus.FAILED);
        assertThat(net.failureOf(flow)).contains("Timeout trying to lock table");
        assertThat(Integer.MAX_VALUE - FAILURES_LEFT.get()).as("the first run and five more").isEqualTo(6);
    }

    @Test
    void aStepThatFailsForAnotherReasonFailsTheFlowAtOnce() {
        FAILURES_LEFT.set(1);
        FlowHandle<String> flow = net.insurer().startFlow(new RecordsOnABusyDatabase(
                new SQLException("ERROR: duplicate key value violates unique constraint", "23505")));
        net.network.runNetwork();

        assertThat(statusOf(net.insurer(), flow.flowId())).isEqualTo(FlowStatus.FAILED);
        assertThat(net.failureOf(flow)).contains("duplicate key");
        assertThat(FAILURES_LEFT.get()).as("not run again").isZero();
    }

    /** What H2 throws when a lock wait times out (its JdbcSQLTimeoutException is an SQLTimeoutException, error 50200). */
    private static SQLException lockTimeout() {
        return new SQLTimeoutException("Timeout trying to lock table LEDGER_TRANSACTION", "HYT00", 50200);
    }

    /** A step that fails with the given database error, wrapped as JPA and EJB wrap it, while failures are left. */
    static final class RecordsOnABusyDatabase extends FlowLogic<String> {

        private final String message;
        private final String sqlState;
        private final int errorCode;

        RecordsOnABusyDatabase(SQLException error) {
            this.message = error.getMessage();
            this.sqlState = error.getSQLState();
            this.errorCode = error.getErrorCode();
        }

        @Override
        protected Step call(FlowContext context) {
            if (FAILURES_LEFT.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
                SQLException cause = "HYT00".equals(sqlState) ? new SQLTimeoutException(message, sqlState, errorCode)
                        : new SQLException(message, sqlState, errorCode);
                throw new IllegalStateException("EJBTransactionRolledbackException: " + message, cause);
            }
            return done("recorded");
        }
    }
}
