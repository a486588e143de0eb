package net.claimsnet.flows.resolution;

import net.claimsnet.flows.engine.Checkpointable;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.storage.TransactionStore;
import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolving one received transaction's back chain: which dependencies this node lacks, what the
 * sender returned for them, and, once nothing is missing, verifying every fetched transaction
 * (signatures, notary, contracts) dependencies first, recording each only once it verified. Saved
 * in the flow's checkpoint while the fetches are under way.
 */
public final class BackChainResolution implements Checkpointable {

    /** More than any claim's history; a sender offering more is flooding the receiver. */
    public static final int MAX_TRANSACTIONS = 50_000;

    private final SignedTransaction top;
    private final List<SignedTransaction> fetched = new ArrayList<>();
    private final List<SecureHash> requested = new ArrayList<>();

    public BackChainResolution(SignedTransaction top) {
        this.top = top;
    }

    public SignedTransaction top() {
        return top;
    }

    /** The ids asked for and not yet answered. */
    public List<SecureHash> outstanding() {
        return List.copyOf(requested);
    }

    /** Dependencies of the transaction and of what was fetched that this node neither holds nor fetched. */
    public List<SecureHash> missing(TransactionStore store) {
        Set<SecureHash> have = new HashSet<>();
        for (SignedTransaction tx : fetched) {
            have.add(tx.getId());
        }
        Set<SecureHash> missing = new LinkedHashSet<>();
        List<SignedTransaction> scan = new ArrayList<>(fetched.size() + 1);
        scan.add(top);
        scan.addAll(fetched);
        for (SignedTransaction tx : scan) {
            for (SecureHash dependency : BackChainAuthorisation.dependencies(tx)) {
                if (!have.contains(dependency) && !store.contains(dependency)) {
                    missing.add(dependency);
                }
            }
        }
        return new ArrayList<>(missing);
    }

    public void requesting(List<SecureHash> ids) {
        requested.clear();
        requested.addAll(ids);
    }

    /** Takes what the sender returned; each must be one that was asked for (its id proves its content). */
    public void accept(FetchResponse response, String sender) {
        if (response.getRefusal() != null) {
            throw new FlowException(sender + " refused to send the back chain: " + response.getRefusal());
        }
        for (SignedTransaction tx : response.getTransactions()) {
            if (!requested.remove(tx.getId())) {
                throw new FlowException(sender + " sent transaction " + tx.getId() + ", which was not asked for");
            }
            fetched.add(tx);
        }
        if (!requested.isEmpty()) {
            throw new FlowException(sender + " did not send " + requested + " of the back chain");
        }
        if (fetched.size() > MAX_TRANSACTIONS) {
            throw new FlowException("The back chain sent by " + sender + " exceeds " + MAX_TRANSACTIONS + " transactions");
        }
    }

    /**
     * Verifies every fetched transaction as a finished one (all signatures including the notary's,
     * contracts) in dependency order, recording each once verified; an observer records all states.
     */
    public void verifyAndRecord(NodeLedger ledger, boolean observer) {
        Map<SecureHash, SignedTransaction> byId = new HashMap<>();
        for (SignedTransaction tx : fetched) {
            byId.put(tx.getId(), tx);
        }
        List<SignedTransaction> ordered = new ArrayList<>();
        Set<SecureHash> visited = new HashSet<>();
        for (SignedTransaction tx : fetched) {
            order(tx, byId, visited, ordered);
        }
        for (SignedTransaction tx : ordered) {
            if (ledger.transactions().contains(tx.getId())) {
                continue;
            }
            try {
                ledger.verify(tx, List.of());
            } catch (LedgerException e) {
                throw new FlowException("Back chain of " + top.getId() + " does not verify: " + e.getMessage(), e);
            }
            if (observer) {
                ledger.recordAsObserver(tx);
            } else {
                ledger.record(tx);
            }
        }
    }

    /** Depth-first, dependencies before dependants, without recursion (chains can be long). */
    private static void order(SignedTransaction start, Map<SecureHash, SignedTransaction> byId, Set<SecureHash> visited,
                              List<SignedTransaction> ordered) {
        if (visited.contains(start.getId())) {
            return;
        }
        List<Object[]> stack = new ArrayList<>();
        visited.add(start.getId());
        stack.add(new Object[]{start, dependencyList(start, byId)});
        while (!stack.isEmpty()) {
            Object[] frame = stack.get(stack.size() - 1);
            @SuppressWarnings("unchecked")
            List<SignedTransaction> pending = (List<SignedTransaction>) frame[1];
            if (pending.isEmpty()) {
                stack.remove(stack.size() - 1);
                ordered.add((SignedTransaction) frame[0]);
                continue;
            }
            SignedTransaction next = pending.remove(pending.size() - 1);
            if (visited.add(next.getId())) {
                stack.add(new Object[]{next, dependencyList(next, byId)});
            }
        }
    }

    private static List<SignedTransaction> dependencyList(SignedTransaction tx, Map<SecureHash, SignedTransaction> byId) {
        List<SignedTransaction> result = new ArrayList<>();
        Set<SecureHash> ids = new LinkedHashSet<>();
        for (StateRef ref : tx.getInputs()) {
            ids.add(ref.getTxhash());
        }
        for (StateRef ref : tx.getReferences()) {
            ids.add(ref.getTxhash());
        }
        for (SecureHash id : ids) {
            SignedTransaction dependency = byId.get(id);
            if (dependency != null) {
                result.add(dependency);
            }
        }
        return result;
    }
}
