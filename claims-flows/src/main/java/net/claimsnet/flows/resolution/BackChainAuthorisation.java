package net.claimsnet.flows.resolution;

import net.claimsnet.flows.engine.BackChains;
import net.claimsnet.ledger.storage.TransactionStore;
import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * What the sender of transactions on one session may serve to fetch requests: the transactions it
 * sent and their back chains, nothing else (a counterparty must not browse the node's ledger).
 */
public final class BackChainAuthorisation implements BackChains.FetchPermit {

    private static final int MAX_WALK = 1_000_000;

    private final Set<SecureHash> permitted = new HashSet<>();

    public BackChainAuthorisation(Collection<SecureHash> sent) {
        permitted.addAll(sent);
    }

    @Override
    public void sent(SecureHash transactionId) {
        permitted.add(transactionId);
    }

    /** Whether the id is a transaction sent on the session or one of its (transitive) dependencies. */
    public boolean permits(SecureHash id, TransactionStore store) {
        if (permitted.contains(id)) {
            return true;
        }
        // After a restart only the sent transactions are known: walk their back chains once.
        Deque<SecureHash> toVisit = new ArrayDeque<>(permitted);
        Set<SecureHash> seen = new HashSet<>(permitted);
        int walked = 0;
        while (!toVisit.isEmpty() && walked++ < MAX_WALK) {
            SignedTransaction tx = store.find(toVisit.poll()).orElse(null);
            if (tx == null) {
                continue;
            }
            for (SecureHash dependency : dependencies(tx)) {
                if (seen.add(dependency)) {
                    toVisit.add(dependency);
                }
            }
        }
        permitted.addAll(seen);
        return permitted.contains(id);
    }

    /** A transaction was served: its own dependencies may be asked for next. */
    public void served(SignedTransaction transaction) {
        permitted.addAll(dependencies(transaction));
    }

    public static Set<SecureHash> dependencies(SignedTransaction transaction) {
        Set<SecureHash> ids = new HashSet<>();
        for (StateRef ref : transaction.getInputs()) {
            ids.add(ref.getTxhash());
        }
        for (StateRef ref : transaction.getReferences()) {
            ids.add(ref.getTxhash());
        }
        return ids;
    }
}
