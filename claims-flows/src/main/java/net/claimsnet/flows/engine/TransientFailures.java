package net.claimsnet.flows.engine;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Set;

/**
 * Failures of a step that say the database was busy or away for a moment, not that the step was
 * wrong: a lock wait that timed out, a deadlock or serialization conflict, a lost connection. Such a
 * step runs again from the flow's last checkpoint after a pause, the flow still RUNNING (Corda's flow
 * hospital does the same for its database's transient errors); anything else fails the flow and
 * leaves it to an operator. Seen under {@code ./chaos}: an auditor just restarted under load timed
 * out on H2's table lock while recording, and its flow failed with the transaction half-distributed.
 */
final class TransientFailures {

    /** Runs of one step after the first, before the flow fails for an operator after all. */
    static final int MAX_RETRIES = 5;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);

    /** JPA's and Hibernate's names for them, by name: the engine does not depend on either. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of(
            "jakarta.persistence.PessimisticLockException",
            "jakarta.persistence.LockTimeoutException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.exception.LockTimeoutException",
            "org.hibernate.exception.JDBCConnectionException",
            "org.hibernate.PessimisticLockException");

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || TRANSIENT_CLASSES.contains(cause.getClass().getName())) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 40 (transaction rollback: deadlock, serialization), 08 (connection), HYT00 (timeout). */
    private static boolean isTransientState(String state) {
        return state != null && (state.startsWith("40") || state.startsWith("08") || state.equals("HYT00"));
    }

    /** Before the n-th run again (from 1): doubling from half a second, at most ten seconds. */
    static Duration pauseBefore(int retry) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(Math.max(retry - 1, 0), 10));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }
}
