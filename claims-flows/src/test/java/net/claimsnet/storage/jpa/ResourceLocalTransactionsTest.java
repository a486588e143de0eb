package net.claimsnet.storage.jpa;

import net.claimsnet.storage.jpa.standalone.DatabaseSettings;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link DatabaseTransactions#attempt} on an H2 file outside a server, as a flow step uses it
 * (CheckpointStore.runStep): the work's own exception comes back, and nothing it wrote is kept,
 * whether the transaction was its own or its caller's.
 */
class ResourceLocalTransactionsTest {

    @TempDir
    Path directory;
    private StandaloneDatabase database;
    private DatabaseTransactions transactions;

    @BeforeEach
    void open() {
        database = StandaloneDatabase.open(DatabaseSettings.h2File(directory));
        transactions = database.transactions();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void work_that_returns_is_committed() {
        Throwable failed = transactions.attempt(() -> processed("m-1"));

        assertThat(failed).isNull();
        assertThat(processedCount()).isEqualTo(1);
    }

    @Test
    void work_that_throws_is_rolled_back_and_its_exception_handed_back() {
        IllegalStateException stopped = new IllegalStateException("the step stopped half way");

        Throwable failed = transactions.attempt(() -> {
            processed("m-1");
            throw stopped;
        });

        assertThat(failed).isSameAs(stopped);
        assertThat(processedCount()).isZero();
    }

    @Test
    void work_that_throws_inside_a_callers_transaction_leaves_the_caller_nothing_to_commit() {
        assertThatThrownBy(() -> transactions.run(em -> {
            processed("m-1");
            Throwable failed = transactions.attempt(() -> {
                processed("m-2");
                throw new IllegalStateException("the step stopped half way");
            });
            assertThat(failed).hasMessage("the step stopped half way");
        })).isInstanceOf(RuntimeException.class);

        assertThat(processedCount()).as("neither the caller's write nor the work's").isZero();
    }

    private void processed(String messageId) {
        transactions.run(em -> em.createNativeQuery(
                        "insert into inbox_message (message_id, received_at, processed_at) values (?1, ?2, ?2)")
                .setParameter(1, messageId).setParameter(2, Instant.now()).executeUpdate());
    }

    private long processedCount() {
        return transactions.inTransaction(em -> ((Number) em.createNativeQuery("select count(*) from inbox_message")
                .getSingleResult()).longValue());
    }
}
