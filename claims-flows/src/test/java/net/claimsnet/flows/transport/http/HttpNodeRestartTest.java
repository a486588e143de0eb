package net.claimsnet.flows.transport.http;

import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.states.ClaimState;
import net.claimsnet.storage.jpa.standalone.DatabaseSettings;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import static net.claimsnet.flows.transport.http.HttpNetwork.INSURER;
import static net.claimsnet.flows.transport.http.HttpNetwork.ST_MARY;
import static net.claimsnet.flows.transport.http.HttpNetwork.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * St. Mary on its H2 file database: it submits a claim while the insurer is down, crashes with the
 * message still in its outbox, and is started again over the same database. It resumes the flow
 * from its checkpoint, reads its outbox, and once the insurer is back the claim completes.
 */
class HttpNodeRestartTest {

    @Test
    void a_node_restarted_over_its_database_resumes_its_flow_and_drains_its_outbox(@TempDir Path directory) throws Exception {
        DatabaseSettings settings = DatabaseSettings.h2File(directory);
        StandaloneDatabase database = StandaloneDatabase.open(settings);
        try (HttpNetwork network = new HttpNetwork(Map.of(ST_MARY, ClaimsOnH2Network.onDatabase(database.transactions(), ST_MARY)))) {
            network.coverMember(SampleClaims.MEMBER_ID);
            network.stopNode(INSURER);
            String flowId = network.stMary().startFlow(
                    new SubmitClaimFlow.Initiator(SampleClaims.details(SampleClaims.MEMBER_ID), INSURER)).flowId();
            await("St. Mary tried the insurer", () -> network.storage(ST_MARY).outbox.due(Instant.MAX, 10).stream()
                    .anyMatch(m -> m.attempts() >= 1));

            network.stopNode(ST_MARY);
            database.close();
            database = StandaloneDatabase.open(settings);
            HttpNetwork.Storage reopened = ClaimsOnH2Network.onDatabase(database.transactions(), ST_MARY);
            assertThat(reopened.outbox.pendingCount()).as("the message survived the crash").isEqualTo(1);
            assertThat(reopened.stores.checkpoints().find(flowId).orElseThrow().status()).isEqualTo(FlowStatus.RUNNING);

            network.startNode(ST_MARY, reopened);
            network.startNode(INSURER);

            await("St. Mary's submission completed", () -> reopened.stores.checkpoints().find(flowId)
                    .map(c -> c.status() == FlowStatus.COMPLETED).orElse(false));
            ClaimState claim = network.stMary().ledger().vault().unconsumed(ClaimState.class).get(0).getState().getData();
            await("the insurer holds the claim", () -> network.insurer().ledger().vault()
                    .latest(claim.getLinearId(), ClaimState.class).isPresent());
            await("St. Mary's outbox is drained", () -> reopened.outbox.pendingCount() == 0);
            assertThat(reopened.outbox.refusedMessages()).isEmpty();
        } finally {
            database.close();
        }
    }
}
