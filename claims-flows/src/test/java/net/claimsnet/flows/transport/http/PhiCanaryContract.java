package net.claimsnet.flows.transport.http;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.node.NodeStores;
import net.claimsnet.states.ClaimDetails;
import net.claimsnet.states.ClaimState;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.TestColumns;
import net.claimsnet.storage.jpa.flow.JpaCheckpointStore;
import net.claimsnet.storage.jpa.flow.JpaInboxStore;
import net.claimsnet.storage.jpa.flow.JpaOutboxStore;
import net.claimsnet.storage.jpa.ledger.JpaAttachmentStore;
import net.claimsnet.storage.jpa.ledger.JpaTornOffTransactionStore;
import net.claimsnet.storage.jpa.ledger.JpaTransactionStore;
import net.claimsnet.storage.jpa.ledger.JpaVaultStore;
import net.claimsnet.storage.jpa.notary.JpaUniquenessProvider;
import net.claimsnet.storage.jpa.standalone.DatabaseSettings;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import net.claimsnet.storage.jpa.filing.JpaFilingReservations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static net.claimsnet.flows.transport.http.HttpNetwork.INSURER;
import static net.claimsnet.flows.transport.http.HttpNetwork.ST_MARY;
import static net.claimsnet.flows.transport.http.HttpNetwork.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PHI canary at rest, per database: St. Mary, on its own database, files a claim for a patient with
 * a name found nowhere else, the insurer records it, and then the raw database (what an attacker with
 * the files or a database login sees) is searched for the name. With the node's column encryption it is
 * nowhere; with the same stores writing in clear it is found, so the search can fail.
 */
abstract class PhiCanaryContract {

    /** A fresh, empty database of the kind under test. */
    abstract DatabaseSettings newDatabase();

    /** Where the raw database holds the text (file names, or table.column), once the node has closed it. */
    abstract List<String> placesHolding(DatabaseSettings database, String text) throws Exception;

    @Test
    void a_patients_name_filed_through_the_node_is_nowhere_in_its_database() throws Exception {
        String canary = canary();
        DatabaseSettings database = newDatabase();

        fileClaimFor(canary, database, TestColumns.ENCRYPTION);

        assertThat(placesHolding(database, canary)).as("places holding the patient's name in clear").isEmpty();
        // Compressed before encrypted: Corda's AMQP bytes repeat the schema of every type they hold.
        assertThat(StoredColumnSizes.ratio(database, TestColumns.ENCRYPTION, "ledger_transaction", "tx_id", "content"))
                .isLessThan(0.8);
        assertThat(StoredColumnSizes.ratio(database, TestColumns.ENCRYPTION, "vault_state",
                "tx_id || ':' || cast(output_index as varchar)", "content")).isLessThan(0.8);
    }

    @Test
    void with_the_columns_written_in_clear_the_search_finds_the_name() throws Exception {
        String canary = canary();
        DatabaseSettings database = newDatabase();

        fileClaimFor(canary, database, TestColumns.CLEAR);

        assertThat(placesHolding(database, canary)).as("places holding the patient's name in clear").isNotEmpty();
    }

    private static String canary() {
        return "Zyxcanary" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36).toUpperCase(Locale.ROOT);
    }

    /** St. Mary on the database files the claim; returns once the insurer holds it and St. Mary's outbox is empty. */
    private static void fileClaimFor(String lastName, DatabaseSettings settings, ColumnEncryption columns) throws Exception {
        StandaloneDatabase database = StandaloneDatabase.open(settings);
        try (HttpNetwork network = new HttpNetwork(Map.of(ST_MARY, onDatabase(database.transactions(), columns)))) {
            network.coverMember(SampleClaims.MEMBER_ID);
            ClaimDetails details = SampleClaims.details(SampleClaims.MEMBER_ID);
            details = details.withPatient(details.getPatient().withLastName(lastName));
            String flowId = network.stMary().startFlow(new SubmitClaimFlow.Initiator(details, INSURER)).flowId();
            HttpNetwork.Storage stMary = network.storage(ST_MARY);
            await("St. Mary's submission completed", () -> stMary.stores.checkpoints().find(flowId)
                    .map(c -> c.status() == FlowStatus.COMPLETED).orElse(false));
            ClaimState claim = network.stMary().ledger().vault().unconsumed(ClaimState.class).get(0).getState().getData();
            assertThat(claim.getClaim().getPatient().getLastName()).as("St. Mary reads the name back").isEqualTo(lastName);
            await("the insurer holds the claim", () -> network.insurer().ledger().vault()
                    .latest(claim.getLinearId(), ClaimState.class).isPresent());
            await("St. Mary's outbox is drained", () -> stMary.outbox.pendingCount() == 0);
        } finally {
            database.close();
        }
    }

    private static HttpNetwork.Storage onDatabase(DatabaseTransactions db, ColumnEncryption columns) {
        NodeStores stores = new NodeStores(new JpaTransactionStore(db, columns),
                new JpaVaultStore(db, ClaimLookupKeys.INSTANCE, columns, TestColumns.LOOKUP),
                new JpaAttachmentStore(db, columns), new JpaCheckpointStore(db, columns), new JpaUniquenessProvider(db, columns),
                new JpaTornOffTransactionStore(db, columns), new JpaFilingReservations(db, TestColumns.LOOKUP));
        return new HttpNetwork.Storage(stores, new JpaOutboxStore(db, ST_MARY, columns), new JpaInboxStore(db, columns));
    }
}
