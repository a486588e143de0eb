package net.claimsnet.flows.transport.http;

import net.claimsnet.bench.commits.TransactionsByPurpose;
import net.claimsnet.contracts.SampleClaims;
import net.claimsnet.flows.access.GrantsForTests;
import net.claimsnet.flows.claim.AdjudicateClaimFlow;
import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.flows.claim.SettleClaimFlow;
import net.claimsnet.flows.claim.SubmitClaimFlow;
import net.claimsnet.node.NodeStores;
import net.claimsnet.states.ClaimState;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.TestColumns;
import net.claimsnet.storage.jpa.filing.JpaFilingReservations;
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
import net.corda.core.identity.CordaX500Name;
import net.corda.core.transactions.SignedTransaction;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static net.claimsnet.flows.transport.http.HttpNetwork.AUDITOR;
import static net.claimsnet.flows.transport.http.HttpNetwork.INSURER;
import static net.claimsnet.flows.transport.http.HttpNetwork.LAKESIDE;
import static net.claimsnet.flows.transport.http.HttpNetwork.NOTARY;
import static net.claimsnet.flows.transport.http.HttpNetwork.ST_MARY;
import static net.claimsnet.flows.transport.http.HttpNetwork.within60s;

/**
 * The five nodes of {@link HttpNetwork}, each on its own H2 file database through the real JPA
 * stores, with their transactions counted by purpose ({@link TransactionsByPurpose}). St. Mary files
 * claims one after the other, Acme adjudicates and settles each, and a claim is done once St. Mary
 * and the auditor hold it settled; only the transactions of the measured claims are kept (the
 * coverage, the auditor's grant and the warm-up claims are forgotten), and the test's own polling
 * is not counted.
 */
public final class ClaimsOnH2Network implements AutoCloseable {

    /** The nodes by short name, in the order they are reported. */
    public static final Map<String, CordaX500Name> NODES = nodes();

    private final Map<String, StandaloneDatabase> databases = new LinkedHashMap<>();
    private final Map<String, TransactionsByPurpose> counted = new LinkedHashMap<>();
    private final HttpNetwork network;
    private int filed;

    public ClaimsOnH2Network(Path directory) throws Exception {
        Map<CordaX500Name, HttpNetwork.Storage> storage = new LinkedHashMap<>();
        for (Map.Entry<String, CordaX500Name> node : NODES.entrySet()) {
            StandaloneDatabase database = StandaloneDatabase.open(DatabaseSettings.h2File(directory.resolve(node.getKey())));
            TransactionsByPurpose transactions = new TransactionsByPurpose(database.transactions());
            databases.put(node.getKey(), database);
            counted.put(node.getKey(), transactions);
            storage.put(node.getValue(), onDatabase(transactions, node.getValue()));
        }
        network = new HttpNetwork(storage);
        network.coverMember(SampleClaims.MEMBER_ID);
        GrantsForTests.grantAuditor(network.insurer(), Duration.ofSeconds(60), ST_MARY);
    }

    /** Files, adjudicates and settles the claims one after the other; waits until every outbox is empty. */
    public void settle(int claims) throws Exception {
        for (int i = 0; i < claims; i++) {
            settleOne();
        }
        for (CordaX500Name name : NODES.values()) {
            HttpNetwork.await(name.getOrganisation() + "'s outbox is empty",
                    () -> TransactionsByPurpose.uncounted(() -> network.storage(name).outbox.pendingCount() == 0));
        }
    }

    /** Forgets the transactions counted so far. */
    public void resetCounts() {
        counted.values().forEach(TransactionsByPurpose::reset);
    }

    /** Each node's transactions, by short name. */
    public Map<String, TransactionsByPurpose> counts() {
        return counted;
    }

    private void settleOne() throws Exception {
        filed++;
        ClaimState submitted = claimIn(within60s(network.stMary().startFlow(
                new SubmitClaimFlow.Initiator(SampleClaims.details(SampleClaims.MEMBER_ID), INSURER)).result()));
        within60s(network.insurer().startFlow(new AdjudicateClaimFlow.Initiator(submitted.getLinearId())).result());
        ClaimState settled = claimIn(within60s(network.insurer().startFlow(
                new SettleClaimFlow.Initiator(submitted.getLinearId(), "EFT-COUNT-" + filed)).result()));
        for (CordaX500Name holder : List.of(ST_MARY, AUDITOR)) {
            HttpNetwork.await(holder.getOrganisation() + " holds claim " + filed + " settled",
                    () -> TransactionsByPurpose.uncounted(() -> network.node(holder).ledger().vault()
                            .latest(settled.getLinearId(), ClaimState.class)
                            .map(s -> s.getState().getData().equals(settled)).orElse(false)));
        }
    }

    private static ClaimState claimIn(SignedTransaction transaction) {
        return transaction.getTx().outputsOfType(ClaimState.class).get(0);
    }

    /** The node's stores on its database, as the node wires them (JPA, columns encrypted); shared with HttpNodeRestartTest. */
    static HttpNetwork.Storage onDatabase(DatabaseTransactions db, CordaX500Name self) {
        NodeStores stores = new NodeStores(new JpaTransactionStore(db, TestColumns.ENCRYPTION),
                new JpaVaultStore(db, ClaimLookupKeys.INSTANCE, TestColumns.ENCRYPTION, TestColumns.LOOKUP),
                new JpaAttachmentStore(db, TestColumns.ENCRYPTION), new JpaCheckpointStore(db, TestColumns.ENCRYPTION),
                new JpaUniquenessProvider(db, TestColumns.ENCRYPTION), new JpaTornOffTransactionStore(db, TestColumns.ENCRYPTION),
                new JpaFilingReservations(db, TestColumns.LOOKUP));
        return new HttpNetwork.Storage(stores, new JpaOutboxStore(db, self, TestColumns.ENCRYPTION),
                new JpaInboxStore(db, TestColumns.ENCRYPTION));
    }

    private static Map<String, CordaX500Name> nodes() {
        Map<String, CordaX500Name> nodes = new LinkedHashMap<>();
        nodes.put("acme", INSURER);
        nodes.put("stmary", ST_MARY);
        nodes.put("notary", NOTARY);
        nodes.put("auditor", AUDITOR);
        nodes.put("lakeside", LAKESIDE);
        return nodes;
    }

    @Override
    public void close() {
        try {
            network.close();
        } finally {
            databases.values().forEach(StandaloneDatabase::close);
        }
    }
}
