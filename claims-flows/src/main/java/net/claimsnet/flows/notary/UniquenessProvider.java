package net.claimsnet.flows.notary;

import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the notary's record of consumed states (in memory now; PostgreSQL with replication in
 * production). One call is atomic for all of a transaction's inputs and references: either every
 * input is unconsumed and every reference too, and the inputs become consumed by the transaction,
 * or nothing changes. Committing the same transaction again succeeds (a retried request).
 */
public interface UniquenessProvider {

    CommitResult commit(SecureHash transactionId, List<StateRef> inputs, List<StateRef> references,
                        CordaX500Name requester, Instant at);

    /** Whether the transaction was committed (its inputs are consumed by it). */
    boolean isCommitted(SecureHash transactionId);

    /** The transaction that consumed the state, if any. */
    Optional<SecureHash> consumedBy(StateRef state);

    /** Who asked the notary to commit a transaction. */
    Optional<CordaX500Name> requesterOf(SecureHash transactionId);
}
