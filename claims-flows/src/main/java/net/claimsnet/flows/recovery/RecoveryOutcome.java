package net.claimsnet.flows.recovery;

import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.util.List;

/**
 * What ledger recovery from one peer came to: the transactions the peer offered, those this node
 * recorded anew (it held the others), and the peer's answers about the sessions asked.
 */
public record RecoveryOutcome(CordaX500Name peer, int offered, List<SecureHash> recorded, List<SessionAnswer> sessions) {

    public RecoveryOutcome {
        recorded = List.copyOf(recorded);
        sessions = List.copyOf(sessions);
    }
}
