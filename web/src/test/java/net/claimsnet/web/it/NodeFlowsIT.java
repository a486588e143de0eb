package net.claimsnet.web.it;

import net.claimsnet.flows.access.InMemoryAuditTearOffStore;
import net.claimsnet.flows.checkpoint.InMemoryCheckpointStore;
import net.claimsnet.flows.coverage.IssueCoverageFlow;
import net.claimsnet.flows.coverage.TerminateCoverageFlow;
import net.claimsnet.flows.notary.InMemoryUniquenessProvider;
import net.claimsnet.flows.notary.NotariseFlow;
import net.claimsnet.flows.transport.InMemoryInboxStore;
import net.claimsnet.flows.transport.InMemoryOutboxStore;
import net.claimsnet.flows.transport.http.P2pTestServer;
import net.claimsnet.ledger.attachments.InMemoryAttachmentStore;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.storage.InMemoryTornOffTransactionStore;
import net.claimsnet.ledger.storage.InMemoryTransactionStore;
import net.claimsnet.ledger.storage.InMemoryVault;
import net.claimsnet.node.Node;
import net.claimsnet.node.TestNodeStores;
import net.claimsnet.node.bootstrap.NetworkFiles;
import net.claimsnet.node.filing.InMemoryFilingReservations;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.CoverageState;
import net.claimsnet.states.CoverageStatus;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.notary.JpaUniquenessProvider;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.transactions.SignedTransaction;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deployed node runs flows with peers over real HTTP: the IT domain is the notary of the network
 * {@code ./network prepare-it} bootstrapped, and the test runs Acme (insurer) and the regulator
 * (auditor) of that network as nodes of their own, with their bootstrapped keys, HTTP transports and
 * P2P endpoints on their addresses on the signed map (HTTP servers of the JDK; their stores in
 * memory). Acme issues a member's coverage and terminates it: the termination consumes the coverage,
 * so it goes to the deployed notary, whose NodeRuntime runs the notary's responder flow (checkpointed
 * in its database), commits the input in its JPA commit log and signs; a second transaction spending
 * the same coverage is refused by the notary over the same wire.
 *
 * <p>The peers run in the server's JVM because that is where the test runs; to the deployed node they
 * are other machines: everything between them goes through its HTTP listener and theirs.
 */
@ExtendWith(ArquillianExtension.class)
class NodeFlowsIT {

    private static final long FLOW_SECONDS = 90;

    @Deployment
    static EnterpriseArchive nodeWithFlowTests() {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "flows-it.war")
                .addClasses(NodeFlowsIT.class, PeerNode.class, CheckpointRows.class, TestArchives.class, InMemoryOutboxStore.class,
                        P2pTestServer.class)
                // The peer's in-memory stores (not in the EAR: no node uses them).
                .addClasses(TestNodeStores.class, InMemoryInboxStore.class, InMemoryTransactionStore.class, InMemoryVault.class,
                        InMemoryAttachmentStore.class, InMemoryCheckpointStore.class, InMemoryUniquenessProvider.class,
                        InMemoryTornOffTransactionStore.class, InMemoryFilingReservations.class, InMemoryAuditTearOffStore.class)
                .addClass("net.claimsnet.ledger.storage.OffHeapBytes") // package-private, the transaction store's
                .addAsLibraries(TestArchives.jarOf(Assertions.class));
        return TestArchives.nodeWith(Testable.archiveToTest(tests));
    }

    @Test
    void the_deployed_notary_notarises_a_peers_transaction_over_http_and_refuses_its_double_spend() throws Exception {
        Instant started = Instant.now();
        NetworkFiles files = NetworkFiles.fromSystemProperty();
        TrustedNetworkMap map = files.loadNetworkMap();
        try (PeerNode acme = new PeerNode(files, map, "acme", NodeRole.INSURER);
             PeerNode regulator = new PeerNode(files, map, "regulator", NodeRole.AUDITOR)) {
            String memberId = "M-IT-" + UUID.randomUUID();
            CoverageState coverage = coverage(acme.node, memberId);

            SignedTransaction issued = finish(acme.node.startFlow(new IssueCoverageFlow.Initiator(coverage)).result());
            SignedTransaction terminated = finish(acme.node.startFlow(
                    new TerminateCoverageFlow.Initiator(coverage.getLinearId(), LocalDate.of(2025, 6, 30))).result());

            NetworkMapEntry notary = map.require(runtime().configuration().legalName());
            assertThat(terminated.getSigs()).extracting(TransactionSignature::getBy).contains(notary.getOwningKey());
            StateRef spent = new StateRef(issued.getId(), 0);
            JpaUniquenessProvider commitLog = new JpaUniquenessProvider(database(), runtime().columns());
            assertThat(commitLog.consumedBy(spent)).as("the notary's commit log, in its database").hasValue(terminated.getId());
            assertThat(commitLog.requesterOf(terminated.getId())).hasValue(acme.node.name());
            assertThat(CheckpointRows.since(database(), started)).as("the notary's flow, checkpointed in its database")
                    .anySatisfy(row -> assertThat(row).contains("Notarise").contains("COMPLETED"));
            assertThat(regulator.tearOffs.find(terminated.getId())).as("the auditor received the notarised transaction torn off")
                    .hasValueSatisfying(tearOff -> assertThat(tearOff.commandNames()).contains("Terminate"));
            assertThat(regulator.node.ledger().transactions().contains(terminated.getId()))
                    .as("no grant opens a member's coverage to the auditor").isFalse();

            // Acme, as a faulty or dishonest node would, spends the issued coverage again.
            SignedTransaction doubleSpend = acme.node.ledger().sign(acme.node.ledger().build(
                    new net.claimsnet.ledger.transactions.WireTransactionBuilder(notary.toParty())
                            .input(issued.getTx().outRef(0))
                            .output(coverage.withStatus(CoverageStatus.TERMINATED).withPeriodEnd(LocalDate.of(2025, 3, 31)),
                                    net.claimsnet.contracts.CoverageContract.ID)
                            .command(new net.claimsnet.contracts.CoverageContract.Commands.Terminate(),
                                    acme.node.identity().getOwningKey())));

            assertThatThrownBy(() -> finish(acme.node.startFlow(new NotariseFlow.Initiator(doubleSpend)).result()))
                    .hasMessageContaining(issued.getId().toString().substring(0, 8));
            assertThat(commitLog.consumedBy(spent)).hasValue(terminated.getId());
            assertThat(commitLog.isCommitted(doubleSpend.getId())).isFalse();
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static <T> T finish(java.util.concurrent.CompletableFuture<T> result) throws Exception {
        try {
            return result.get(FLOW_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        }
    }

    private static CoverageState coverage(Node insurer, String memberId) {
        BenefitSummary benefits = new BenefitSummary(new BigDecimal("100.00"), new BigDecimal("5000.00"),
                new BigDecimal("25.00"), 20, Map.of());
        return new CoverageState(insurer.identity(), new UniqueIdentifier("COV-" + memberId), memberId,
                "S-IT", "PPO-GOLD", "Acme PPO Gold", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                benefits, CoverageStatus.ACTIVE);
    }

    private static NodeRuntime runtime() throws NamingException {
        return InitialContext.doLookup("java:app/claims-flows/NodeRuntime!" + NodeRuntime.class.getName());
    }

    private static DatabaseTransactions database() throws NamingException {
        return InitialContext.doLookup("java:app/claims-flows/JtaTransactions!" + DatabaseTransactions.class.getName());
    }
}
