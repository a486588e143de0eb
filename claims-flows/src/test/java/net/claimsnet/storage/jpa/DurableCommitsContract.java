package net.claimsnet.storage.jpa;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link DurableCommits}: on H2 each wait runs a sync of the database file (which H2 takes from the nodes'
 * admin user), shared by the callers that queued behind one running; on PostgreSQL, whose commits are
 * durable as they return, none. The syncs are counted as the transactions the class runs after its first,
 * which reads which database it is on. How callers share a sync: {@link H2DurableCommitsTest}.
 */
abstract class DurableCommitsContract extends StorageContract {

    protected CountingTransactions counting;
    protected DurableCommits durable;

    /** Whether the database needs a sync after its commits for them to survive a crash (H2). */
    abstract boolean syncsAfterCommits();

    @BeforeEach
    void countTheTransactions() {
        counting = new CountingTransactions(database.transactions());
        durable = new DurableCommits(counting);
    }

    @Test
    void eachWaitSyncsOnH2AndNoneOnPostgresql() {
        durable.awaitDurable();
        durable.awaitDurable();

        assertThat(syncs()).isEqualTo(syncsAfterCommits() ? 2 : 0);
    }

    /** The transactions run after the first, which reads the database's URL. */
    protected int syncs() {
        return counting.count() - 1;
    }
}
