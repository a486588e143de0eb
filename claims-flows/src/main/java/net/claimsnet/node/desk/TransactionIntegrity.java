package net.claimsnet.node.desk;

import net.claimsnet.states.ClaimStatus;

import java.io.Serializable;
import java.util.List;

/**
 * What re-checking one transaction of a claim's history found, on this node, now:
 *
 * @param transactionId   the id the node records the transaction under (the vault's reference)
 * @param statusAfter     the claim's status after it
 * @param idMatchesContent the Merkle root recomputed from the stored components is that id
 * @param signaturesValid every signature verifies over the content and every required signer signed (and no one else)
 * @param contractsValid  the contracts accept it, run as the ledger's verifier runs them
 * @param notarised       the transaction's notary, a notary of the network map, signed it
 * @param chainUnbroken   its claim input is the previous version's output (none for the first)
 * @param problems        what failed, in words; empty when every check passed
 */
public record TransactionIntegrity(String transactionId, ClaimStatus statusAfter, boolean idMatchesContent,
                                   boolean signaturesValid, boolean contractsValid, boolean notarised,
                                   boolean chainUnbroken, List<String> problems) implements Serializable {

    public TransactionIntegrity {
        problems = List.copyOf(problems);
    }

    /** Every check passed. */
    public boolean ok() {
        return idMatchesContent && signaturesValid && contractsValid && notarised && chainUnbroken && problems.isEmpty();
    }
}
