package net.claimsnet.flows.notary;

import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.util.Optional;
import java.util.Set;

/**
 * Port: the notary's record of consumed states and of who may consume each output it committed
 * (in memory for tests; the database in a node). One call is atomic for all of a transaction's
 * inputs and references: either every input and reference is unconsumed and the requester is a
 * custodian of every input, and then the inputs become consumed by the transaction, its outputs'
 * custodians and its signed request are recorded; or nothing changes. Committing the same
 * transaction again succeeds (a retried request).
 *
 * <p>An input whose custody was never recorded (its transaction was committed before the notary
 * kept custody, or was an issuance that did not go to the notary then) is consumed on the signed
 * request alone, and counted with the commit ({@link CommitResult#inputsWithoutCustody}): refusing
 * it would strand every state made before the upgrade. An input of a transaction committed with
 * custody but without a record for that output has no custodian, and is refused.
 */
public interface UniquenessProvider {

    CommitResult commit(NotaryCommit commit);

    /** Whether the transaction was committed (its inputs are consumed by it). */
    boolean isCommitted(SecureHash transactionId);

    /** The transaction that consumed the state, if any. */
    Optional<SecureHash> consumedBy(StateRef state);

    /** Who asked the notary to commit a transaction. */
    Optional<CordaX500Name> requesterOf(SecureHash transactionId);

    /** The signed request kept with a commit; empty for transactions committed before requests were signed. */
    Optional<SignedNotarisationRequest> signedRequestOf(SecureHash transactionId);

    /** The key fingerprints recorded as custodians of an output ({@link NotaryCommit#fingerprint}); empty if none were. */
    Optional<Set<String>> custodiansOf(StateRef output);
}
