package net.claimsnet.flows.transport.http;

import net.claimsnet.storage.jpa.TestColumns;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.ledger.storage.ForwardingVaultStore;
import net.claimsnet.ledger.storage.VaultStore;
import net.claimsnet.node.NodeStores;
import net.claimsnet.states.ClaimState;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.flow.JpaCheckpointStore;
import net.claimsnet.storage.jpa.flow.JpaInboxStore;
import net.claimsnet.storage.jpa.flow.JpaOutboxStore;
import net.claimsnet.storage.jpa.ledger.JpaAttachmentStore;
import net.claimsnet.storage.jpa.ledger.JpaTransactionStore;
import net.claimsnet.storage.jpa.ledger.JpaVaultStore;
import net.claimsnet.storage.jpa.notary.JpaUniquenessProvider;
import net.claimsnet.storage.jpa.standalone.DatabaseSettings;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import net.claimsnet.storage.jpa.filing.JpaFilingReservations;
import net.claimsnet.storage.jpa.ledger.JpaTornOffTransactionStore;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static net.claimsnet.flows.transport.http.HttpNetwork.INSURER;
import static net.claimsnet.flows.transport.http.HttpNetwork.ST_MARY;
import static net.claimsnet.flows.transport.http.HttpNetwork.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node that dies between writing a transaction and updating its vault (issue 17): St. Mary, on its
 * H2 file database, records its notarised claim and fails before the vault takes the claim's state.
 * The transaction, the vault change and the flow's checkpoint are one database transaction, so
 * nothing of that step is kept (before, the transaction stayed recorded with the vault missing its
 * state for good); the operator's retry then runs the step again and ledger and vault agree.
 */
class AtomicStepRecordingTest {

    @Test
    void a_step_that_dies_between_recording_and_the_vault_keeps_neither_and_its_retry_keeps_both(@TempDir Path directory)
            throws Exception {
        StandaloneDatabase database = StandaloneDatabase.open(DatabaseSettings.h2File(directory));
        DatabaseTransactions db = database.transactions();
        JpaTransactionStore transactions = new JpaTransactionStore(db, TestColumns.ENCRYPTION);
        DiesBeforeTheVault vault = new DiesBeforeTheVault(
                new JpaVaultStore(db, ClaimLookupKeys.INSTANCE, TestColumns.ENCRYPTION, TestColumns.LOOKUP));
        NodeStores stores = new NodeStores(transactions, vault, new JpaAttachmentStore(db, TestColumns.ENCRYPTION),
                new JpaCheckpointStore(db, TestColumns.ENCRYPTION), new JpaUniquenessProvider(db, TestColumns.ENCRYPTION),
                new JpaTornOffTransactionStore(db, TestColumns.ENCRYPTION), new JpaFilingReservations(db, TestColumns.LOOKUP));
        HttpNetwork.Storage stMaryStorage = new HttpNetwork.Storage(stores,
                new JpaOutboxStore(db, ST_MARY, TestColumns.ENCRYPTION), new JpaInboxStore(db, TestColumns.ENCRYPTION));
        try (HttpNetwork network = new HttpNetwork(Map.of(ST_MARY, stMaryStorage))) {
            network.coverMember(SampleClaims.MEMBER_ID);
            vault.armed = true;

            String flowId = network.stMary().startFlow(
                    new SubmitClaimFlow.Initiator(SampleClaims.details(SampleClaims.MEMBER_ID), INSURER)).flowId();
            await("St. Mary's submission failed", () -> stores.checkpoints().find(flowId)
                    .map(c -> c.status() == FlowStatus.FAILED).orElse(false));

            SecureHash submission = vault.diedOn;
            assertThat(submission).as("the step reached the vault with the claim's transaction").isNotNull();
            assertThat(transactions.contains(submission)).as("the transaction rolled back with the vault change").isFalse();
            assertThat(vault.unconsumed(ClaimState.class)).isEmpty();
            assertThat(network.insurer().ledger().vault().unconsumed(ClaimState.class))
                    .as("a failed step sends nothing").isEmpty();

            network.stMary().flows().retry(flowId).result().get(60, TimeUnit.SECONDS);

            assertThat(transactions.contains(submission)).isTrue();
            List<StateAndRef<ClaimState>> claims = vault.unconsumed(ClaimState.class);
            assertThat(claims).hasSize(1);
            assertThat(claims.get(0).getRef().getTxhash()).as("the vault holds the recorded transaction's claim").isEqualTo(submission);
            await("the insurer holds the claim", () -> network.insurer().ledger().vault()
                    .latest(claims.get(0).getState().getData().getLinearId(), ClaimState.class).isPresent());
        } finally {
            database.close();
        }
    }

    /** St. Mary's vault, which (once armed) fails the first time it is to take a claim's state, as a node killed there would. */
    private static final class DiesBeforeTheVault extends ForwardingVaultStore {
        volatile boolean armed;
        volatile SecureHash diedOn;

        DiesBeforeTheVault(VaultStore vault) {
            super(vault);
        }

        @Override
        public void apply(Collection<StateRef> consumed, Collection<StateAndRef<ContractState>> produced) {
            Optional<StateAndRef<ContractState>> claim = produced.stream()
                    .filter(state -> state.getState().getData() instanceof ClaimState).findFirst();
            if (armed && claim.isPresent()) {
                armed = false;
                diedOn = claim.get().getRef().getTxhash();
                throw new IllegalStateException("St. Mary's node died between recording the transaction and updating its vault");
            }
            real.apply(consumed, produced);
        }
    }
}
