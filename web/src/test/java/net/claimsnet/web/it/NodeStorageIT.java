package net.claimsnet.web.it;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.UserTransaction;
import net.claimsnet.contracts.CoverageContract;
import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.CheckpointCommit;
import net.claimsnet.flows.checkpoint.FinishedSession;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.notary.CommitResult;
import net.claimsnet.flows.notary.NotaryCommit;
import net.claimsnet.flows.notary.SignedNotarisationRequest;
import net.claimsnet.flows.notary.StateConflict;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.flows.transport.OutboxMessage;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.attachments.ContractsJar;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.network.BootstrappedNetwork;
import net.claimsnet.ledger.network.NetworkBootstrapper;
import net.claimsnet.ledger.network.NodeSpec;
import net.claimsnet.states.BenefitSummary;
import net.claimsnet.states.CoverageState;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.states.CoverageStatus;
import net.claimsnet.ledger.attachments.InMemoryAttachmentStore;
import net.claimsnet.ledger.storage.InMemoryTornOffTransactionStore;
import net.claimsnet.ledger.storage.InMemoryTransactionStore;
import net.claimsnet.ledger.storage.InMemoryVault;
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
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.Crypto;
import net.corda.core.crypto.DigitalSignature;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.TransactionBuilder;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.math.BigDecimal;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The node's JPA storage inside the server, over the container's JTA data source (jdbc/claimsnet)
 * through the EJB the node itself uses ({@code JtaTransactions}): ledger transactions, vault and
 * attachments recorded and read back, a caller's rolled-back transaction leaving nothing, a
 * checkpoint step that fails half-way leaving nothing, the inbox and outbox, and the notary's
 * commit log refusing a conflicting commit, also when two container threads race.
 *
 * <p>The test runs in the server: a test WAR added to the node's EAR (the EAR as built, so the
 * persistence unit, Hibernate settings and migrations are the production ones). It writes to the
 * IT node's own database, with random ids and its own organisations, so it meets nothing the
 * deployed node has.
 */
@ExtendWith(ArquillianExtension.class)
class NodeStorageIT {
    // Stores over the database of the node running in Payara encrypt with the node's own column encryption
    // (nodeColumns()): they read what the node wrote (its contracts JAR), and the node reads what they write.


    private static final Instant NOW = Instant.parse("2025-04-01T12:00:00Z");

    @Deployment
    static EnterpriseArchive nodeWithStorageTests() {
        WebArchive tests = ShrinkWrap.create(WebArchive.class, "storage-it.war")
                .addClass(NodeStorageIT.class)
                .addClass(TestArchives.class)
                .addClass(TestColumns.class)
                // The network bootstrap of the tests and the in-memory stores of its ledgers (not in the EAR: no node uses them).
                .addClasses(NetworkBootstrapper.class, BootstrappedNetwork.class, NodeSpec.class, InMemoryAttachmentStore.class,
                        InMemoryTransactionStore.class, InMemoryVault.class, InMemoryTornOffTransactionStore.class)
                .addClass("net.claimsnet.ledger.storage.OffHeapBytes") // package-private, the transaction store's
                .addAsLibraries(TestArchives.jarOf(Assertions.class));
        return TestArchives.nodeWith(Testable.archiveToTest(tests));
    }

    // ---- ledger stores ---------------------------------------------------------------------------

    @Test
    void a_transaction_recorded_through_the_server_data_source_is_read_back_verified_and_in_the_vault() throws Exception {
        DatabaseTransactions database = database();
        Ledger ledger = new Ledger(database);
        SignedTransaction issued = ledger.issueCoverage("M-IT-" + UUID.randomUUID());

        assertThat(ledger.insurer.record(issued)).isTrue();
        assertThat(ledger.insurer.record(issued)).as("recorded once").isFalse();

        // Read back through new adapters: from the database, not from anything the first ones kept.
        SignedTransaction found = new JpaTransactionStore(database, nodeColumns()).find(issued.getId()).orElseThrow();
        assertThat(found.getId()).isEqualTo(issued.getId());
        assertThat(found.getSigs()).isEqualTo(issued.getSigs());
        ledger.insurer.verify(found, List.of());
        CoverageState coverage = (CoverageState) issued.getTx().getOutputStates().get(0);
        StateAndRef<CoverageState> latest = new JpaVaultStore(database, nodeColumns(), TestColumns.LOOKUP).latest(coverage.getLinearId(), CoverageState.class).orElseThrow();
        assertThat(latest.getRef()).isEqualTo(new StateRef(issued.getId(), 0));
        assertThat(latest.getState().getData().getMemberId()).isEqualTo(coverage.getMemberId());
        assertThat(new JpaVaultStore(database, nodeColumns(), TestColumns.LOOKUP).isConsumed(latest.getRef())).isFalse();
        StoredAttachment contracts = new JpaAttachmentStore(database, nodeColumns()).find(ContractsJar.load().id()).orElseThrow();
        assertThat(contracts.bytes()).isEqualTo(ContractsJar.load().bytes());
        assertThat(new JpaTransactionStore(database, nodeColumns()).find(SecureHash.randomSHA256())).isEmpty();
    }

    @Test
    void a_transaction_recorded_inside_a_callers_transaction_that_rolls_back_leaves_nothing() throws Exception {
        DatabaseTransactions database = database();
        Ledger ledger = new Ledger(database);
        SignedTransaction issued = ledger.issueCoverage("M-IT-" + UUID.randomUUID());
        CoverageState coverage = (CoverageState) issued.getTx().getOutputStates().get(0);
        UserTransaction caller = InitialContext.doLookup("java:comp/UserTransaction");

        caller.begin();
        try {
            assertThat(ledger.insurer.record(issued)).isTrue();
            assertThat(new JpaTransactionStore(database, nodeColumns()).find(issued.getId())).as("visible inside the transaction").isPresent();
        } finally {
            caller.rollback();
        }

        assertThat(new JpaTransactionStore(database, nodeColumns()).find(issued.getId())).isEmpty();
        assertThat(new JpaVaultStore(database, nodeColumns(), TestColumns.LOOKUP).latest(coverage.getLinearId(), CoverageState.class)).isEmpty();
        assertThat(ledger.insurer.record(issued)).as("and it can be recorded afterwards").isTrue();
    }

    // ---- flow stores -----------------------------------------------------------------------------

    @Test
    void a_checkpoint_step_that_fails_half_way_leaves_nothing_of_the_step() throws Exception {
        DatabaseTransactions database = database();
        JpaCheckpointStore store = new JpaCheckpointStore(database, nodeColumns());
        String flowId = "F-IT-" + UUID.randomUUID();
        String messageId = "M-IT-" + UUID.randomUUID();
        store.commit(new CheckpointCommit(checkpoint(flowId, new byte[] {1}, NOW), List.of(), List.of()));
        // The step's last write is a finished session whose id is longer than its column: the database refuses it.
        FinishedSession tooLong = new FinishedSession("S".repeat(500), 1, List.of());

        assertThatThrownBy(() -> store.commit(new CheckpointCommit(checkpoint(flowId, new byte[] {2}, NOW.plusSeconds(1)),
                List.of(messageId), List.of(tooLong)))).isInstanceOf(RuntimeException.class);

        try {
            JpaCheckpointStore reread = new JpaCheckpointStore(database, nodeColumns());
            assertThat(reread.find(flowId).orElseThrow().state()).containsExactly(1);
            assertThat(reread.find(flowId).orElseThrow().updatedAt()).isEqualTo(NOW);
            assertThat(reread.isProcessed(messageId)).isFalse();
            assertThat(reread.unfinished()).extracting(Checkpoint::flowId).contains(flowId);
        } finally {
            // These are the deployed node's own tables: a running flow left here would be restored,
            // and fail to restore, when the node starts next.
            store.commit(new CheckpointCommit(new Checkpoint(flowId, "SubmitClaimFlow$Initiator", FlowStatus.ABANDONED,
                    "integration test over", null, NOW, NOW.plusSeconds(2)), List.of(), List.of()));
        }
    }

    @Test
    void the_inbox_takes_a_message_once_and_the_outbox_keeps_a_message_until_it_is_delivered() throws Exception {
        DatabaseTransactions database = database();
        String inboundId = "M-IT-" + UUID.randomUUID();
        String outboundId = "M-IT-" + UUID.randomUUID();
        JpaInboxStore inbox = new JpaInboxStore(database, nodeColumns());

        assertThat(inbox.receive(envelope(inboundId, acme(), stMary()), NOW)).isTrue();
        assertThat(new JpaInboxStore(database, nodeColumns()).receive(envelope(inboundId, acme(), stMary()), NOW)).as("a replay").isFalse();
        assertThat(inbox.unprocessed()).extracting(Envelope::messageId).contains(inboundId);
        // Processed, as the engine would mark it: the deployed node must not be handed it when it starts next.
        new JpaCheckpointStore(database, nodeColumns()).commit(new CheckpointCommit(null, List.of(inboundId), List.of()));
        assertThat(inbox.unprocessed()).extracting(Envelope::messageId).doesNotContain(inboundId);

        JpaOutboxStore outbox = new JpaOutboxStore(database, stMary(), nodeColumns());
        outbox.add(envelope(outboundId, stMary(), acme()), NOW);
        outbox.failed(outboundId, "ConnectException: Connection refused", NOW.plusSeconds(30));
        OutboxMessage pending = new JpaOutboxStore(database, stMary(), nodeColumns()).find(outboundId).orElseThrow();
        assertThat(pending.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.envelope().payload()).containsExactly(1, 2, 3);

        outbox.delivered(outboundId, NOW.plusSeconds(31));
        OutboxMessage delivered = new JpaOutboxStore(database, stMary(), nodeColumns()).find(outboundId).orElseThrow();
        assertThat(delivered.status()).isEqualTo(OutboxMessage.Status.DELIVERED);
        assertThat(delivered.envelope().payload()).as("the payload is dropped once delivered").isEmpty();
    }

    // ---- the notary's commit log -----------------------------------------------------------------

    @Test
    void the_notarys_commit_log_refuses_a_conflicting_commit_and_names_the_consumer() throws Exception {
        JpaUniquenessProvider notary = new JpaUniquenessProvider(database(), nodeColumns());
        StateRef claim = new StateRef(SecureHash.randomSHA256(), 0);
        SecureHash first = SecureHash.randomSHA256();
        SecureHash second = SecureHash.randomSHA256();

        assertThat(notary.commit(notaryCommit(first, List.of(claim), stMary(), NOW)).isCommitted()).isTrue();
        assertThat(notary.commit(notaryCommit(first, List.of(claim), stMary(), NOW.plusSeconds(5))).isCommitted())
                .as("the same transaction again is a retry").isTrue();
        CommitResult conflicting = notary.commit(notaryCommit(second, List.of(claim), acme(), NOW));

        assertThat(conflicting.isCommitted()).isFalse();
        assertThat(conflicting.conflicts()).extracting(StateConflict::getState, StateConflict::getConsumedBy)
                .containsExactly(Assertions.tuple(claim, first));
        JpaUniquenessProvider reread = new JpaUniquenessProvider(database(), nodeColumns());
        assertThat(reread.consumedBy(claim)).hasValue(first);
        assertThat(reread.isCommitted(second)).isFalse();
        assertThat(reread.requesterOf(first)).hasValue(stMary());
    }

    @Test
    void of_two_conflicting_commits_racing_on_two_container_threads_exactly_one_wins() throws Exception {
        DatabaseTransactions database = database();
        ManagedExecutorService threads = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        JpaUniquenessProvider one = new JpaUniquenessProvider(database, nodeColumns());
        JpaUniquenessProvider other = new JpaUniquenessProvider(database, nodeColumns());
        for (int round = 0; round < 5; round++) {
            StateRef accumulator = new StateRef(SecureHash.randomSHA256(), 0);
            StateRef shared = new StateRef(SecureHash.randomSHA256(), 1);
            SecureHash first = SecureHash.randomSHA256();
            SecureHash second = SecureHash.randomSHA256();
            CountDownLatch start = new CountDownLatch(1);
            Callable<CommitResult> a = () -> {
                start.await();
                return one.commit(notaryCommit(first, List.of(accumulator, shared), stMary(), NOW));
            };
            Callable<CommitResult> b = () -> {
                start.await();
                return other.commit(notaryCommit(second, List.of(shared, accumulator), acme(), NOW));
            };
            Future<CommitResult> resultA = threads.submit(a);
            Future<CommitResult> resultB = threads.submit(b);
            start.countDown();

            List<Boolean> outcomes = new ArrayList<>(List.of(resultA.get().isCommitted(), resultB.get().isCommitted()));
            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder(true, false);
            SecureHash winner = resultA.get().isCommitted() ? first : second;
            assertThat(one.consumedBy(accumulator)).hasValue(winner);
            assertThat(other.consumedBy(shared)).hasValue(winner);
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    // Names are made when a test runs, in the server: the test JVM has Corda but not its dependencies.
    private static CordaX500Name insurer() {
        return CordaX500Name.parse("O=Storage Test Insurer,L=Hartford,C=US");
    }

    private static CordaX500Name notary() {
        return CordaX500Name.parse("O=Storage Test Notary,L=Zurich,C=CH");
    }

    private static CordaX500Name stMary() {
        return CordaX500Name.parse("O=St. Mary Hospital,L=Boston,C=US");
    }

    private static CordaX500Name acme() {
        return CordaX500Name.parse("O=Acme Health Insurance,L=Hartford,C=US");
    }


    /** The port the node's stores use, as the node gets it: the EJB over the container's persistence context. */
    /** The running node's column encryption, with the column keys of its keystore. */
    private static ColumnEncryption nodeColumns() {
        try {
            NodeRuntime runtime = InitialContext.doLookup("java:app/claims-flows/NodeRuntime!" + NodeRuntime.class.getName());
            return runtime.columns();
        } catch (NamingException e) {
            throw new IllegalStateException("The node runtime is not deployed here: " + e.getMessage(), e);
        }
    }

    /**
     * A commit as the notary service makes one, by a requester with a key made here: these tests check
     * the commit log in the container, the signature checks are claims-flows' tests.
     */
    private static NotaryCommit notaryCommit(SecureHash transactionId, List<StateRef> inputs, CordaX500Name requester,
                                             Instant at) {
        KeyPair key = Crypto.generateKeyPair(Crypto.EDDSA_ED25519_SHA512);
        byte[] content = SignedNotarisationRequest.content(transactionId, inputs, List.of(), requester, requester);
        try {
            return new NotaryCommit(transactionId, inputs, List.of(), requester, NotaryCommit.fingerprint(key.getPublic()),
                    List.of(), SignedNotarisationRequest.of(content, requester,
                            new DigitalSignature.WithKey(key.getPublic(), Crypto.doSign(key.getPrivate(), content))), at);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DatabaseTransactions database() throws NamingException {
        return InitialContext.doLookup("java:app/claims-flows/JtaTransactions!" + DatabaseTransactions.class.getName());
    }

    private static Checkpoint checkpoint(String flowId, byte[] state, Instant at) {
        return new Checkpoint(flowId, "SubmitClaimFlow$Initiator", FlowStatus.RUNNING, null, state, NOW, at);
    }

    private static Envelope envelope(String id, CordaX500Name sender, CordaX500Name recipient) {
        return new Envelope(id, sender, recipient, "S-IT", MessageKind.INIT, 1, 0,
                "net.claimsnet.flows.claim.SubmitClaimFlow$Initiator", new byte[] {1, 2, 3});
    }

    /** An insurer of a network of its own whose ledger stores are the JPA ones under test. */
    private static final class Ledger {
        final NodeLedger insurer;
        final Party notary;

        Ledger(DatabaseTransactions database) {
            BootstrappedNetwork network = NetworkBootstrapper.inMemory(List.of(
                    NodeSpec.of(insurer().toString(), NodeRole.INSURER), NodeSpec.of(notary().toString(), NodeRole.NOTARY)));
            TrustedNetworkMap trusted = TrustedNetworkMap.verify(network.signedMap(), network.operatorKey());
            insurer = new NodeLedger(trusted.party(insurer()), network.keyOf(insurer()), trusted, network.parameters(),
                    ContractsJar.load(), new JpaAttachmentStore(database, nodeColumns()), new JpaTransactionStore(database, nodeColumns()), new JpaVaultStore(database, nodeColumns(), TestColumns.LOOKUP),
                    new JpaTornOffTransactionStore(database, nodeColumns()));
            notary = trusted.party(notary());
        }

        SignedTransaction issueCoverage(String memberId) {
            BenefitSummary benefits = new BenefitSummary(new BigDecimal("100.00"), new BigDecimal("5000.00"),
                    new BigDecimal("25.00"), 20, Map.of());
            CoverageState coverage = new CoverageState(insurer.identity(), new UniqueIdentifier("COV-" + memberId), memberId,
                    "S-IT", "PPO-GOLD", "Acme PPO Gold", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                    benefits, CoverageStatus.ACTIVE);
            SignedTransaction issued = insurer.sign(insurer.build(new TransactionBuilder(notary)
                    .addOutputState(coverage, CoverageContract.ID)
                    .addCommand(new CoverageContract.Commands.Issue(), insurer.identity().getOwningKey())));
            insurer.verify(issued, List.of());
            return issued;
        }
    }
}
