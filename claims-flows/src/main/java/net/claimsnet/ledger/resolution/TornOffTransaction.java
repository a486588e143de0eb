package net.claimsnet.ledger.resolution;

import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.transactions.TransactionSignatures;
import net.corda.core.contracts.ComponentGroupEnum;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.TransactionState;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.Party;
import net.corda.core.node.NetworkParameters;
import net.corda.core.node.NotaryInfo;
import net.corda.core.node.services.IdentityService;
import net.corda.core.serialization.CordaSerializable;
import net.corda.core.transactions.FilteredComponentGroup;
import net.corda.core.transactions.FilteredTransaction;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;

import java.security.PublicKey;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a node may learn of a transaction that is not its business but whose output one of its own
 * transactions consumes (a member's benefit accumulator last moved by another provider's claim):
 * a Merkle tear-off of that transaction revealing only the outputs needed and the notary, with the
 * signatures of the notary and of the revealed states' owners over its id. Everything else (the
 * other provider's claim, commands, inputs, who else signed) stays hidden behind salted hashes.
 *
 * <p>What the receiver gets in place of resolving the whole back chain: proof that these states
 * are outputs of a transaction with this id (the Merkle proof), that their owners vouched for it
 * and that the notary ordered it (signatures over the id). The notary still refuses any second
 * spend of them, since every transaction consuming them is notarised; the auditor, who is entitled
 * to everything, still resolves and verifies full chains.
 */
@CordaSerializable
public final class TornOffTransaction {

    private final FilteredTransaction tearOff;
    private final List<TransactionSignature> signatures;
    private transient volatile Map<Integer, TransactionState<ContractState>> revealed;

    public TornOffTransaction(FilteredTransaction tearOff, List<TransactionSignature> signatures) {
        this.tearOff = tearOff;
        this.signatures = signatures == null ? List.of() : List.copyOf(signatures);
    }

    /**
     * Tears off a finished transaction: only the outputs at the given indices and the notary are
     * revealed, and only the notary's and those outputs' owners' signatures travel with it.
     */
    public static TornOffTransaction of(SignedTransaction transaction, Collection<Integer> outputIndices) {
        WireTransaction wire = transaction.getTx();
        List<TransactionState<ContractState>> outputs = wire.getOutputs();
        Set<Object> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<PublicKey> signers = new LinkedHashSet<>();
        Party notary = wire.getNotary();
        if (notary == null) {
            throw new LedgerException(transaction.getId(), "it names no notary, so no tear-off of it can be trusted");
        }
        signers.add(notary.getOwningKey());
        for (int index : outputIndices) {
            if (index < 0 || index >= outputs.size()) {
                throw new LedgerException(transaction.getId(), "it has no output " + index);
            }
            TransactionState<ContractState> output = outputs.get(index);
            wanted.add(output);
            for (AbstractParty participant : output.getData().getParticipants()) {
                signers.add(participant.getOwningKey());
            }
        }
        FilteredTransaction filtered = wire.buildFilteredTransaction(component ->
                wanted.contains(component) || (component instanceof Party && notary.equals(component)));
        List<TransactionSignature> kept = new java.util.ArrayList<>();
        for (TransactionSignature signature : transaction.getSigs()) {
            if (signers.contains(signature.getBy())) {
                kept.add(signature);
            }
        }
        TornOffTransaction tearOff = new TornOffTransaction(filtered, kept);
        if (!tearOff.revealedOutputs().keySet().equals(new TreeSet<>(outputIndices))) {
            throw new LedgerException(transaction.getId(), "its tear-off does not reveal exactly outputs " + outputIndices);
        }
        return tearOff;
    }

    /** The torn-off transaction's id (the root of its Merkle tree). */
    public SecureHash getId() {
        return tearOff.getId();
    }

    public FilteredTransaction getTearOff() {
        return tearOff;
    }

    public List<TransactionSignature> getSignatures() {
        return signatures;
    }

    /** The revealed outputs by their index in the transaction (positions proven by the Merkle tree). */
    public Map<Integer, TransactionState<ContractState>> revealedOutputs() {
        Map<Integer, TransactionState<ContractState>> result = revealed;
        if (result == null) {
            result = Collections.unmodifiableMap(locateOutputs());
            revealed = result;
        }
        return result;
    }

    private Map<Integer, TransactionState<ContractState>> locateOutputs() {
        Map<Integer, TransactionState<ContractState>> byIndex = new TreeMap<>();
        for (FilteredComponentGroup group : tearOff.getFilteredComponentGroups()) {
            if (group.getGroupIndex() != ComponentGroupEnum.OUTPUTS_GROUP.ordinal()) {
                continue;
            }
            List<TransactionState<ContractState>> states = tearOff.getOutputs();
            for (int i = 0; i < group.getComponents().size(); i++) {
                SecureHash leaf = tearOff.getDigestService().componentHash(group.getNonces().get(i), group.getComponents().get(i));
                try {
                    byIndex.put(group.getPartialMerkleTree().leafIndex(leaf), states.get(i));
                } catch (Exception e) {
                    throw new LedgerException(getId(), "its tear-off reveals an output its Merkle tree does not hold", e);
                }
            }
        }
        return byIndex;
    }

    /**
     * Checks the tear-off before anything it reveals is used: it is of the transaction asked for,
     * its Merkle proof holds, it reveals every output needed and its notary, the notary is one of
     * the network's and signed the id, every owner of a needed output is a known party and signed
     * the id, and the receiver owns none of them (a node must hold the whole history of its own
     * states). Returns the needed outputs by index.
     */
    public Map<Integer, TransactionState<ContractState>> verify(SecureHash expectedId, Collection<Integer> needed, Party receiver,
                                                               NetworkParameters parameters, IdentityService identities) {
        SecureHash id = getId();
        if (!id.equals(expectedId)) {
            throw new LedgerException(expectedId, "the tear-off sent for it is of transaction " + id);
        }
        Party notary;
        try {
            tearOff.verify();
            tearOff.checkAllComponentsVisible(ComponentGroupEnum.NOTARY_GROUP);
            notary = tearOff.getNotary();
        } catch (Exception e) {
            throw new LedgerException(id, "its tear-off's Merkle proof does not hold: " + e.getMessage(), e);
        }
        if (notary == null) {
            throw new LedgerException(id, "its tear-off reveals no notary");
        }
        boolean networkNotary = false;
        for (NotaryInfo info : parameters.getNotaries()) {
            networkNotary |= info.getIdentity().equals(notary);
        }
        if (!networkNotary) {
            throw new LedgerException(id, "its tear-off names " + notary.getName() + ", which is not a notary of this network");
        }
        Map<Integer, TransactionState<ContractState>> revealedOutputs = revealedOutputs();
        Map<Integer, TransactionState<ContractState>> result = new LinkedHashMap<>();
        Map<PublicKey, String> mustHaveSigned = new LinkedHashMap<>();
        mustHaveSigned.put(notary.getOwningKey(), "the notary " + notary.getName());
        for (int index : new TreeSet<>(needed)) {
            TransactionState<ContractState> state = revealedOutputs.get(index);
            if (state == null) {
                throw new LedgerException(id, "its tear-off does not reveal output " + index);
            }
            if (!notary.equals(state.getNotary())) {
                throw new LedgerException(id, "output " + index + " names notary " + state.getNotary().getName()
                        + " but the transaction was notarised by " + notary.getName());
            }
            for (AbstractParty participant : state.getData().getParticipants()) {
                if (participant.getOwningKey().equals(receiver.getOwningKey())) {
                    throw new LedgerException(id, receiver.getName().getOrganisation() + " takes part in output " + index
                            + ": it needs the whole transaction and its history, not a tear-off");
                }
                Party owner = identities.wellKnownPartyFromAnonymous(participant);
                if (owner == null) {
                    throw new LedgerException(id, "output " + index + " belongs to a party not on the network map");
                }
                mustHaveSigned.put(owner.getOwningKey(), owner.getName().toString());
            }
            result.put(index, state);
        }
        Set<String> unsigned = new TreeSet<>();
        for (Map.Entry<PublicKey, String> signer : mustHaveSigned.entrySet()) {
            if (!signedValidlyBy(signer.getKey(), id)) {
                unsigned.add(signer.getValue());
            }
        }
        if (!unsigned.isEmpty()) {
            throw new LedgerException(id, "its tear-off lacks a valid signature of " + String.join(", ", unsigned));
        }
        return result;
    }

    private boolean signedValidlyBy(PublicKey key, SecureHash id) {
        return signedValidlyBy(signatures, key, id);
    }

    /** Whether one of the signatures is the key's valid signature of the id (a malformed one counts as none). */
    public static boolean signedValidlyBy(List<TransactionSignature> signatures, PublicKey key, SecureHash id) {
        for (TransactionSignature signature : signatures) {
            if (signature.getBy().equals(key)) {
                if (TransactionSignatures.isValid(signature, id)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "TornOffTransaction(" + getId() + ")";
    }
}
