package net.claimsnet.ledger;

import net.claimsnet.ledger.attachments.AttachmentStore;
import net.claimsnet.ledger.attachments.CordaAttachmentStorage;
import net.claimsnet.ledger.attachments.StoredAttachment;
import net.claimsnet.ledger.identity.NetworkIdentityService;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.resolution.ContractAttachmentDirectory;
import net.claimsnet.ledger.resolution.LedgerServiceHub;
import net.claimsnet.ledger.resolution.LedgerServices;
import net.claimsnet.ledger.resolution.NetworkParametersRegistry;
import net.claimsnet.ledger.resolution.ResolutionRoute;
import net.claimsnet.ledger.serialization.LedgerSerialization;
import net.claimsnet.ledger.storage.TornOffTransactionStore;
import net.claimsnet.ledger.storage.TransactionStore;
import net.claimsnet.ledger.storage.VaultStore;
import net.claimsnet.ledger.transactions.TransactionSigner;
import net.claimsnet.ledger.transactions.TransactionVerifier;
import net.claimsnet.ledger.transactions.VerifiedSignatures;
import net.claimsnet.ledger.transactions.WireTransactionBuilder;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.DigitalSignature;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.Party;
import net.corda.core.node.NetworkParameters;
import net.corda.core.transactions.MissingContractAttachments;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.TransactionBuilder;
import net.corda.core.transactions.WireTransaction;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * One node's ledger: its identity and key, what it trusts (the signed network map, the network
 * parameters, the contracts JAR), and its stores. Flows use it to build, sign, verify and record.
 */
public final class NodeLedger {

    private final Party identity;
    private final TransactionSigner signer;
    private final TrustedNetworkMap networkMap;
    private final LedgerServices services;
    private final TransactionVerifier verifier;
    private final TransactionStore transactions;
    private final VaultStore vault;
    private final TornOffTransactionStore tornOff;

    public NodeLedger(Party identity, KeyPair keyPair, TrustedNetworkMap networkMap, NetworkParameters parameters,
                      StoredAttachment contractsJar, AttachmentStore attachments,
                      TransactionStore transactions, VaultStore vault, TornOffTransactionStore tornOff) {
        LedgerSerialization.ensureInstalled();
        if (!identity.getOwningKey().equals(keyPair.getPublic())) {
            throw new LedgerException(null, "The key pair given to " + identity.getName() + " is not its network map key");
        }
        this.identity = identity;
        VerifiedSignatures verifiedSignatures = new VerifiedSignatures();
        this.signer = new TransactionSigner(keyPair, verifiedSignatures);
        this.networkMap = networkMap;
        this.transactions = transactions;
        this.vault = vault;
        this.tornOff = tornOff;
        attachments.put(contractsJar);
        ContractAttachmentDirectory contracts = new ContractAttachmentDirectory();
        contracts.install(contractsJar);
        this.services = new LedgerServices(new NetworkIdentityService(networkMap),
                new CordaAttachmentStorage(attachments), contracts,
                new NetworkParametersRegistry(parameters), transactions, tornOff);
        LedgerServiceHub hub = new LedgerServiceHub(services, transactions);
        this.verifier = new TransactionVerifier(hub, verifiedSignatures, new ResolutionRoute(hub, services, tornOff));
    }

    public Party identity() {
        return identity;
    }

    public TrustedNetworkMap networkMap() {
        return networkMap;
    }

    public LedgerServices services() {
        return services;
    }

    public TransactionStore transactions() {
        return transactions;
    }

    public VaultStore vault() {
        return vault;
    }

    /** Transactions this node knows only as Merkle tear-offs (outputs its own transactions consume). */
    public TornOffTransactionStore tornOff() {
        return tornOff;
    }

    public TransactionVerifier verifier() {
        return verifier;
    }

    /** Builds the wire transaction with Corda's builder: contract attachment and hash constraints resolved. */
    public WireTransaction build(TransactionBuilder builder) {
        try {
            return builder.toWireTransaction(services);
        } catch (LedgerException e) {
            throw e;
        } catch (MissingContractAttachments e) {
            throw new LedgerException(null, "No contract attachment is installed for " + e.getStates(), e);
        } catch (RuntimeException e) {
            throw new LedgerException(null, "The transaction cannot be built: " + e.getMessage(), e);
        }
    }

    /** Builds the wire transaction with this network's builder (the same transaction, one verification fewer). */
    public WireTransaction build(WireTransactionBuilder builder) {
        return builder.build(services);
    }

    public SignedTransaction sign(WireTransaction transaction) {
        return signer.sign(transaction);
    }

    /** Signs a statement of this node's (not a transaction) with its ledger key. */
    public DigitalSignature.WithKey signContent(byte[] content) {
        return signer.signatureOverContent(content);
    }

    public SignedTransaction countersign(SignedTransaction transaction) {
        return signer.countersign(transaction);
    }

    public void verify(SignedTransaction transaction, Collection<PublicKey> allowedToBeMissing) {
        verifier.verify(transaction, allowedToBeMissing);
    }

    /** Records a verified transaction: the states this node takes part in enter its vault. */
    public boolean record(SignedTransaction transaction) {
        return record(transaction, false);
    }

    /** Records as an observer (the auditor): every output enters the vault. */
    public boolean recordAsObserver(SignedTransaction transaction) {
        return record(transaction, true);
    }

    private boolean record(SignedTransaction transaction, boolean allStates) {
        if (!transactions.add(transaction)) {
            return false;
        }
        WireTransaction wire = transaction.getTx();
        List<StateAndRef<ContractState>> produced = new ArrayList<>();
        for (int index = 0; index < wire.getOutputs().size(); index++) {
            ContractState state = wire.getOutputs().get(index).getData();
            if (allStates || isParticipant(state)) {
                produced.add(wire.outRef(index));
            }
        }
        List<StateRef> consumed = new ArrayList<>(wire.getInputs());
        vault.apply(consumed, produced);
        return true;
    }

    /**
     * Checks the vault against the latest transactions recorded and repairs where it disagrees
     * ({@link VaultConsistency}).
     *
     * @param observer whether this node keeps every output it records (the auditor), not only its own
     */
    public VaultConsistency.Report checkVault(int latestTransactions, boolean observer) {
        return new VaultConsistency(transactions, vault, state -> observer || isParticipant(state)).checkLatest(latestTransactions);
    }

    private boolean isParticipant(ContractState state) {
        for (AbstractParty participant : state.getParticipants()) {
            if (participant.getOwningKey().equals(identity.getOwningKey())) {
                return true;
            }
        }
        return false;
    }
}
