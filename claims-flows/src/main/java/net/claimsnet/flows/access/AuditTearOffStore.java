package net.claimsnet.flows.access;

import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port, on the auditor's node: the tear-offs it received of transactions no grant opened to it, each
 * checked before it is kept, with the claim figures they carry for the auditor's desk.
 */
public interface AuditTearOffStore {

    /** Keeps a checked tear-off received from {@code from}; a second copy of the same transaction changes nothing. */
    void keep(AuditTearOff tearOff, CordaX500Name from, Instant at);

    Optional<AuditTearOff> find(SecureHash transactionId);

    /** Each claim's latest figures, the claims most recently moved first, at most {@code max} claims. */
    List<KeptFigures> latestClaims(int max);

    /** One claim's figures transaction by transaction, oldest first. */
    List<KeptFigures> history(UniqueIdentifier claimId);
}
