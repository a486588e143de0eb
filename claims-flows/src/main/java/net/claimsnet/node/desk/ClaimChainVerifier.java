package net.claimsnet.node.desk;

import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.identity.TrustedNetworkMap;
import net.claimsnet.ledger.storage.TransactionStore;
import net.claimsnet.ledger.storage.VaultStore;
import net.claimsnet.ledger.transactions.TransactionSignatures;
import net.claimsnet.ledger.transactions.TransactionVerifier;
import net.claimsnet.states.ClaimState;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.crypto.TransactionSignature;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;
import net.corda.core.transactions.WireTransaction;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Re-checks, from what this node stores, that a claim's history is the one its parties signed: for
 * each version the vault lists, the transaction that produced it is read from the transaction store
 * and checked afresh, trusting no earlier check (the node's verified-signature memory is not used):
 * its id is the Merkle root of its stored components, every signature verifies over that id and the
 * required signers (no others) signed, the contracts accept it as the ledger's verifier runs them, a
 * notary of the network map signed it, and it consumed the previous version (the chain is unbroken).
 * Every check runs even after one fails, so the auditor sees everything that is wrong.
 */
public final class ClaimChainVerifier {

    private final VaultStore vault;
    private final TransactionStore transactions;
    private final TransactionVerifier contracts;
    private final TrustedNetworkMap networkMap;

    public ClaimChainVerifier(VaultStore vault, TransactionStore transactions, TransactionVerifier contracts,
                              TrustedNetworkMap networkMap) {
        this.vault = vault;
        this.transactions = transactions;
        this.contracts = contracts;
        this.networkMap = networkMap;
    }

    /** One result per version of the claim the vault holds, oldest first. */
    public List<TransactionIntegrity> verify(UniqueIdentifier claim) {
        List<StateAndRef<ClaimState>> versions = vault.history(claim, ClaimState.class);
        Set<StateRef> versionRefs = new HashSet<>();
        versions.forEach(v -> versionRefs.add(v.getRef()));
        List<TransactionIntegrity> results = new ArrayList<>();
        StateAndRef<ClaimState> previous = null;
        for (StateAndRef<ClaimState> version : versions) {
            results.add(check(version, previous, versionRefs));
            previous = version;
        }
        return results;
    }

    private TransactionIntegrity check(StateAndRef<ClaimState> version, StateAndRef<ClaimState> previous,
                                       Set<StateRef> versionRefs) {
        SecureHash recordedId = version.getRef().getTxhash();
        String id = recordedId.toString();
        Optional<SignedTransaction> stored = transactions.find(recordedId);
        if (stored.isEmpty()) {
            return new TransactionIntegrity(id, version.getState().getData().getStatus(), false, false, false, false, false,
                    List.of("The transaction store does not hold this transaction"));
        }
        SignedTransaction transaction = stored.get();
        List<String> problems = new ArrayList<>();
        WireTransaction wire;
        SecureHash contentId;
        try {
            wire = transaction.getTx();
            // A fresh transaction over the stored components: its id is computed here, not remembered.
            contentId = new WireTransaction(wire.getComponentGroups(), wire.getPrivacySalt(), wire.getDigestService()).getId();
        } catch (RuntimeException e) {
            return new TransactionIntegrity(id, version.getState().getData().getStatus(), false, false, false, false, false,
                    List.of("The stored transaction cannot be read: " + e.getMessage()));
        }
        boolean idMatches = contentId.equals(recordedId);
        if (!idMatches) {
            problems.add("Its content hashes to " + contentId + ", not to the id it is recorded under: it was altered");
        }
        boolean signatures = checkSignatures(transaction, wire, contentId, problems);
        boolean contractsAccept = checkContracts(wire, problems);
        boolean notarised = checkNotary(transaction, wire, contentId, problems);
        boolean chain = checkChain(version, previous, versionRefs, wire, problems);
        return new TransactionIntegrity(id, version.getState().getData().getStatus(), idMatches, signatures, contractsAccept,
                notarised, chain, problems);
    }

    /**
     * No one but the required signers signed (a stranger's signature is reported, never verified); each
     * required signer's signature verifies over the content's id; every required key signed.
     */
    private boolean checkSignatures(SignedTransaction transaction, WireTransaction wire, SecureHash contentId,
                                    List<String> problems) {
        boolean valid = true;
        Set<PublicKey> required = wire.getRequiredSigningKeys();
        Set<PublicKey> signedBy = new HashSet<>();
        for (TransactionSignature signature : transaction.getSigs()) {
            if (!required.contains(signature.getBy())) {
                valid = false;
                problems.add(describe(signature.getBy()) + " signed it but is not a required signer");
            } else if (TransactionSignatures.isValid(signature, contentId)) {
                signedBy.add(signature.getBy());
            } else {
                valid = false;
                problems.add("The signature of " + describe(signature.getBy()) + " does not verify over this content");
            }
        }
        Set<String> missing = new TreeSet<>();
        for (PublicKey key : required) {
            if (!signedBy.contains(key)) {
                missing.add(describe(key));
            }
        }
        if (!missing.isEmpty()) {
            valid = false;
            problems.add("It lacks a valid signature of " + String.join(", ", missing));
        }
        return valid;
    }

    private boolean checkContracts(WireTransaction wire, List<String> problems) {
        try {
            contracts.verifyContracts(wire);
            return true;
        } catch (LedgerException e) {
            problems.add("The contracts refuse it: " + e.getMessage());
        } catch (RuntimeException e) {
            // A tampered transaction can fail in ways the ledger's verifier never meets; any failure is a finding.
            problems.add("Its contracts cannot be verified: " + e.getMessage());
        }
        return false;
    }

    private boolean checkNotary(SignedTransaction transaction, WireTransaction wire, SecureHash contentId,
                                List<String> problems) {
        Party notary = wire.getNotary();
        if (notary == null) {
            problems.add("It names no notary");
            return false;
        }
        boolean known = networkMap.partiesWithRole(NodeRole.NOTARY).stream().anyMatch(n -> n.equals(notary));
        if (!known) {
            problems.add(notary.getName() + " is not a notary of the network map");
        }
        boolean signed = transaction.getSigs().stream()
                .anyMatch(s -> s.getBy().equals(notary.getOwningKey()) && TransactionSignatures.isValid(s, contentId));
        if (!signed) {
            problems.add("The notary " + notary.getName() + " did not sign it");
        }
        return known && signed;
    }

    /**
     * The transaction produced this version (the vault's copy is its output) and consumed the previous
     * version; the first consumes none of the claim's versions.
     */
    private static boolean checkChain(StateAndRef<ClaimState> version, StateAndRef<ClaimState> previous,
                                      Set<StateRef> versionRefs, WireTransaction wire, List<String> problems) {
        boolean unbroken = true;
        int index = version.getRef().getIndex();
        ContractState output = index < wire.getOutputs().size() ? wire.getOutputs().get(index).getData() : null;
        if (!version.getState().getData().equals(output)) {
            unbroken = false;
            problems.add("The version the vault holds is not output " + index + " of this transaction");
        }
        List<StateRef> inputs = wire.getInputs();
        if (previous == null) {
            if (inputs.stream().anyMatch(versionRefs::contains)) {
                unbroken = false;
                problems.add("The claim's first transaction consumes a version of the same claim");
            }
        } else if (!inputs.contains(previous.getRef())) {
            unbroken = false;
            problems.add("It does not consume the previous version (" + previous.getRef() + "): the chain is broken");
        }
        return unbroken;
    }


    private String describe(PublicKey key) {
        return networkMap.findByKey(key).map(NetworkMapEntry::getName).map(CordaX500Name::toString).orElse("an unknown key");
    }
}
