package net.claimsnet.ledger.resolution;

import net.claimsnet.ledger.attachments.CordaAttachmentStorage;
import net.claimsnet.ledger.identity.NetworkIdentityService;
import net.claimsnet.ledger.storage.TornOffTransactionStore;
import net.claimsnet.ledger.storage.TransactionStore;
import net.corda.core.contracts.Attachment;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TransactionResolutionException;
import net.corda.core.contracts.TransactionState;
import net.corda.core.cordapp.CordappProvider;
import net.corda.core.crypto.SecureHash;
import net.corda.core.node.NetworkParameters;
import net.corda.core.node.ServicesForResolution;
import net.corda.core.node.services.AttachmentStorage;
import net.corda.core.node.services.IdentityService;
import net.corda.core.node.services.NetworkParametersService;
import net.corda.core.contracts.AttachmentResolutionException;
import net.corda.core.transactions.LedgerTransaction;
import net.corda.core.transactions.SignedTransaction;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What Corda needs to turn a transaction into a {@code LedgerTransaction} and verify it, answered
 * from a node's own identities, attachments, parameters and recorded transactions, and, for states
 * of transactions the node knows only as Merkle tear-offs, from those tear-offs.
 */
public final class LedgerServices implements ServicesForResolution {

    private final NetworkIdentityService identities;
    private final CordaAttachmentStorage attachments;
    private final ContractAttachmentDirectory contracts;
    private final NetworkParametersRegistry parameters;
    private final TransactionStore transactions;
    private final TornOffTransactionStore tornOff;

    public LedgerServices(NetworkIdentityService identities, CordaAttachmentStorage attachments,
                          ContractAttachmentDirectory contracts, NetworkParametersRegistry parameters,
                          TransactionStore transactions, TornOffTransactionStore tornOff) {
        this.tornOff = tornOff;
        this.identities = identities;
        this.attachments = attachments;
        this.contracts = contracts;
        this.parameters = parameters;
        this.transactions = transactions;
    }

    @Override
    public IdentityService getIdentityService() {
        return identities;
    }

    @Override
    public AttachmentStorage getAttachments() {
        return attachments;
    }

    @Override
    public CordappProvider getCordappProvider() {
        return contracts;
    }

    @Override
    public NetworkParametersService getNetworkParametersService() {
        return parameters;
    }

    @Override
    public NetworkParameters getNetworkParameters() {
        return parameters.current();
    }

    @Override
    public TransactionState<?> loadState(StateRef stateRef) throws TransactionResolutionException {
        SignedTransaction stx = transactions.find(stateRef.getTxhash()).orElse(null);
        if (stx != null) {
            return stx.getTx().getOutputs().get(stateRef.getIndex());
        }
        return tornOff.output(stateRef).orElseThrow(() -> new TransactionResolutionException(stateRef.getTxhash()));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<StateAndRef<ContractState>> loadStates(Set<StateRef> stateRefs) throws TransactionResolutionException {
        Set<StateAndRef<ContractState>> states = new LinkedHashSet<>();
        for (StateRef ref : stateRefs) {
            states.add(new StateAndRef<>((TransactionState<ContractState>) loadState(ref), ref));
        }
        return states;
    }

    @Override
    public Attachment loadContractAttachment(StateRef stateRef)
            throws TransactionResolutionException, AttachmentResolutionException {
        TransactionState<?> state = loadState(stateRef);
        SecureHash id = contracts.getContractAttachmentID(state.getContract());
        Attachment attachment = id == null ? null : attachments.openAttachment(id);
        if (attachment == null) {
            throw new AttachmentResolutionException(id == null ? SecureHash.zeroHash : id);
        }
        return attachment;
    }

    @Override
    public LedgerTransaction specialise(LedgerTransaction ltx) {
        return ltx;
    }
}
