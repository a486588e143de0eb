package net.claimsnet.ledger.resolution;

import net.claimsnet.ledger.storage.TransactionStore;
import net.corda.core.contracts.Attachment;
import net.corda.core.contracts.AttachmentResolutionException;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TransactionResolutionException;
import net.corda.core.contracts.TransactionState;
import net.corda.core.cordapp.CordappContext;
import net.corda.core.cordapp.CordappProvider;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.internal.telemetry.TelemetryComponent;
import net.corda.core.node.NetworkParameters;
import net.corda.core.node.NodeInfo;
import net.corda.core.node.ServiceHub;
import net.corda.core.node.StatesToRecord;
import net.corda.core.node.services.AttachmentStorage;
import net.corda.core.node.services.ContractUpgradeService;
import net.corda.core.node.services.IdentityService;
import net.corda.core.node.services.KeyManagementService;
import net.corda.core.node.services.NetworkMapCache;
import net.corda.core.node.services.NetworkParametersService;
import net.corda.core.node.services.TelemetryService;
import net.corda.core.node.services.TransactionStorage;
import net.corda.core.node.services.TransactionVerifierService;
import net.corda.core.node.services.VaultService;
import net.corda.core.node.services.diagnostics.DiagnosticsService;
import net.corda.core.serialization.SerializeAsToken;
import net.corda.core.transactions.FilteredTransaction;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.TransactionBuilder;
import kotlin.Unit;
import kotlin.jvm.functions.Function0;
import kotlin.jvm.functions.Function1;

import java.security.PublicKey;
import java.sql.Connection;
import java.time.Clock;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The node's resolution services presented as a Corda {@link ServiceHub}. Corda resolves a
 * transaction's inputs and references from a service hub's recorded transactions as the raw
 * component bytes they were signed with; from a plain {@code ServicesForResolution} it re-serializes
 * every state it loads, a tenth of a claim's processing time. Only resolution is offered: flows,
 * vault queries and signing are this node's own, so the rest of the hub refuses.
 */
public final class LedgerServiceHub implements ServiceHub {

    private final LedgerServices services;
    private final TransactionStorage recorded;

    public LedgerServiceHub(LedgerServices services, TransactionStore transactions) {
        this.services = services;
        this.recorded = new RecordedTransactions(transactions);
    }

    static UnsupportedOperationException notOffered(String what) {
        return new UnsupportedOperationException("This node's ledger kernel offers Corda resolution only, not " + what);
    }

    // ---- resolution: answered ----

    @Override
    public TransactionStorage getValidatedTransactions() {
        return recorded;
    }

    @Override
    public IdentityService getIdentityService() {
        return services.getIdentityService();
    }

    @Override
    public AttachmentStorage getAttachments() {
        return services.getAttachments();
    }

    @Override
    public CordappProvider getCordappProvider() {
        return services.getCordappProvider();
    }

    @Override
    public NetworkParametersService getNetworkParametersService() {
        return services.getNetworkParametersService();
    }

    @Override
    public NetworkParameters getNetworkParameters() {
        return services.getNetworkParameters();
    }

    @Override
    public TransactionState<?> loadState(StateRef stateRef) throws TransactionResolutionException {
        return services.loadState(stateRef);
    }

    @Override
    public Set<StateAndRef<ContractState>> loadStates(Set<StateRef> stateRefs) throws TransactionResolutionException {
        return services.loadStates(stateRefs);
    }

    @Override
    public Attachment loadContractAttachment(StateRef stateRef)
            throws TransactionResolutionException, AttachmentResolutionException {
        return services.loadContractAttachment(stateRef);
    }

    @Override
    public LedgerTransaction specialise(LedgerTransaction ltx) {
        return ltx;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ContractState> StateAndRef<T> toStateAndRef(StateRef stateRef) throws TransactionResolutionException {
        return new StateAndRef<>((TransactionState<T>) services.loadState(stateRef), stateRef);
    }

    // ---- everything else a Corda node offers: refused ----

    @Override
    public VaultService getVaultService() {
        throw notOffered("Corda's vault service");
    }

    @Override
    public KeyManagementService getKeyManagementService() {
        throw notOffered("key management");
    }

    @Override
    public ContractUpgradeService getContractUpgradeService() {
        throw notOffered("contract upgrades");
    }

    @Override
    public NetworkMapCache getNetworkMapCache() {
        throw notOffered("Corda's network map cache");
    }

    @Override
    public DiagnosticsService getDiagnosticsService() {
        throw notOffered("diagnostics");
    }

    @Override
    public TelemetryService getTelemetryService() {
        throw notOffered("telemetry");
    }

    @Override
    public TransactionVerifierService getTransactionVerifierService() {
        throw notOffered("out-of-process verification");
    }

    @Override
    public Clock getClock() {
        throw notOffered("a node clock");
    }

    @Override
    public NodeInfo getMyInfo() {
        throw notOffered("node info");
    }

    @Override
    public <T extends SerializeAsToken> T cordaService(Class<T> type) {
        throw notOffered("Corda services");
    }

    @Override
    public <T extends TelemetryComponent> T cordaTelemetryComponent(Class<T> type) {
        throw notOffered("telemetry");
    }

    @Override
    public void recordTransactions(boolean notifyVault, Iterable<SignedTransaction> txs) {
        throw notOffered("recording through Corda");
    }

    @Override
    public void recordTransactions(boolean notifyVault, SignedTransaction first, SignedTransaction... remaining) {
        throw notOffered("recording through Corda");
    }

    @Override
    public void recordTransactions(StatesToRecord statesToRecord, Iterable<SignedTransaction> txs) {
        throw notOffered("recording through Corda");
    }

    @Override
    public void recordTransactions(SignedTransaction first, SignedTransaction... remaining) {
        throw notOffered("recording through Corda");
    }

    @Override
    public void recordTransactions(Iterable<SignedTransaction> txs) {
        throw notOffered("recording through Corda");
    }

    @Override
    public SignedTransaction signInitialTransaction(TransactionBuilder builder, PublicKey publicKey) {
        throw notOffered("signing through Corda");
    }

    @Override
    public SignedTransaction signInitialTransaction(TransactionBuilder builder) {
        throw notOffered("signing through Corda");
    }

    @Override
    public SignedTransaction signInitialTransaction(TransactionBuilder builder, Iterable<? extends PublicKey> signingPubKeys) {
        throw notOffered("signing through Corda");
    }

    @Override
    public TransactionSignature createSignature(SignedTransaction signedTransaction, PublicKey publicKey) {
        throw notOffered("signing through Corda");
    }

    @Override
    public TransactionSignature createSignature(SignedTransaction signedTransaction) {
        throw notOffered("signing through Corda");
    }

    @Override
    public SignedTransaction addSignature(SignedTransaction signedTransaction, PublicKey publicKey) {
        throw notOffered("signing through Corda");
    }

    @Override
    public SignedTransaction addSignature(SignedTransaction signedTransaction) {
        throw notOffered("signing through Corda");
    }

    @Override
    public TransactionSignature createSignature(FilteredTransaction filteredTransaction, PublicKey publicKey) {
        throw notOffered("signing through Corda");
    }

    @Override
    public TransactionSignature createSignature(FilteredTransaction filteredTransaction) {
        throw notOffered("signing through Corda");
    }

    @Override
    public Connection jdbcSession() {
        throw notOffered("a JDBC session");
    }

    @Override
    public <T> T withEntityManager(Function1<? super javax.persistence.EntityManager, ? extends T> block) {
        throw notOffered("an entity manager");
    }

    @Override
    public void withEntityManager(Consumer<javax.persistence.EntityManager> block) {
        throw notOffered("an entity manager");
    }

    @Override
    public void registerUnloadHandler(Function0<Unit> runOnStop) {
        throw notOffered("unload handlers");
    }

    @Override
    public CordappContext getAppContext() {
        throw notOffered("a CorDapp context");
    }
}
