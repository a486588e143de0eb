package net.claimsnet.flows.resolution;

import net.claimsnet.flows.engine.BackChains;
import net.claimsnet.flows.engine.FlowException;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.resolution.TornOffTransaction;
import net.claimsnet.ledger.storage.TornOffTransactionStore;
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
import java.util.TreeSet;

/**
 * Resolving one received transaction's back chain: which dependencies this node lacks, what the
 * sender returned for them, and, once nothing is missing, verifying every fetched transaction
 * (signatures, notary, contracts) dependencies first, recording each only once it verified. Saved
 * in the flow's checkpoint while the fetches are under way.
 *
 * <p>A dependency that carries a third party's states comes as a {@link TornOffTransaction} of
 * just the states needed (see {@link BackChainServer}): it is checked on arrival (Merkle proof,
 * notary's and owners' signatures), kept as a partly known transaction, and ends the walk back
 * along that branch. So does the auditor's, for what no grant opens to it (another claim that moved
 * the same member's accumulator).
 */
public final class BackChainResolution implements BackChains.Resolution {

    /** More than any claim's history; a sender offering more is flooding the receiver. */
    public static final int MAX_TRANSACTIONS = 50_000;
    /**
     * Transactions asked for in one fetch request: the rest are still missing after the answer and are
     * asked for next, so that the answer, whole transactions of a few kilobytes each, stays far below the
     * 4 MiB a peer takes in one P2P request.
     */
    public static final int MAX_FETCH_IDS = 32;

    private final SignedTransaction top;
    private final List<SignedTransaction> fetched = new ArrayList<>();
    private final List<SecureHash> requested = new ArrayList<>();
    /** The states needed of what is missing (last computed) and of what was asked for. */
    private final List<StateRef> needed = new ArrayList<>();
    private final List<StateRef> requestedStates = new ArrayList<>();
    private final List<TornOffTransaction> tornOff = new ArrayList<>();

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

    /**
     * Dependencies this node lacks: neither recorded, nor fetched whole, nor known from a tear-off
     * revealing the state needed. Remembers which states of them are needed, for the request.
     */
    public List<SecureHash> missing(NodeLedger ledger) {
        return missing(ledger.transactions(), ledger.tornOff());
    }

    private List<SecureHash> missing(TransactionStore store, TornOffTransactionStore known) {
        Set<SecureHash> have = new HashSet<>();
        for (SignedTransaction tx : fetched) {
            have.add(tx.getId());
        }
        Set<SecureHash> missing = new LinkedHashSet<>();
        Set<StateRef> states = new LinkedHashSet<>();
        List<SignedTransaction> scan = new ArrayList<>(fetched.size() + 1);
        scan.add(top);
        scan.addAll(fetched);
        for (SignedTransaction tx : scan) {
            for (StateRef ref : stateRefs(tx)) {
                SecureHash dependency = ref.getTxhash();
                if (have.contains(dependency) || store.contains(dependency) || revealedHere(ref)) {
                    continue;
                }
                if (known.contains(dependency) && known.reveals(ref)) {
                    continue;
                }
                missing.add(dependency);
                states.add(ref);
            }
        }
        needed.clear();
        needed.addAll(states);
        return new ArrayList<>(missing);
    }

    private boolean revealedHere(StateRef ref) {
        for (TornOffTransaction tearOff : tornOff) {
            if (tearOff.getId().equals(ref.getTxhash()) && tearOff.revealedOutputs().containsKey(ref.getIndex())) {
                return true;
            }
        }
        return false;
    }

    /** The request for what was last asked for: the ids and the states needed of them. */
    public FetchRequest request() {
        return new FetchRequest(requested, requestedStates);
    }

    /** Asks for the first {@value #MAX_FETCH_IDS} of these missing transactions (all of them when fewer). */
    public void requesting(List<SecureHash> missing) {
        List<SecureHash> ids = missing.size() > MAX_FETCH_IDS ? missing.subList(0, MAX_FETCH_IDS) : missing;
        requested.clear();
        requested.addAll(ids);
        requestedStates.clear();
        for (StateRef ref : needed) {
            if (ids.contains(ref.getTxhash())) {
                requestedStates.add(ref);
            }
        }
    }

    @Override
    public void acceptResponse(Object response, String sender, NodeLedger ledger) {
        accept((FetchResponse) response, sender, ledger);
    }

    /** Takes what the sender returned; each must be one that was asked for (its id proves its content). */
    public void accept(FetchResponse response, String sender) {
        accept(response, sender, null);
    }

    /**
     * Takes what the sender returned; each must be one that was asked for (a whole transaction's id
     * proves its content; a tear-off is checked here, against the states asked of it).
     */
    public void accept(FetchResponse response, String sender, NodeLedger ledger) {
        if (response.getRefusal() != null) {
            throw new FlowException(sender + " refused to send the back chain: " + response.getRefusal());
        }
        for (SignedTransaction tx : response.getTransactions()) {
            if (!requested.remove(tx.getId())) {
                throw new FlowException(sender + " sent transaction " + tx.getId() + ", which was not asked for");
            }
            fetched.add(tx);
        }
        for (TornOffTransaction tearOff : response.getTearOffs()) {
            if (!requested.remove(tearOff.getId())) {
                throw new FlowException(sender + " sent a tear-off of transaction " + tearOff.getId() + ", which was not asked for");
            }
            if (ledger == null) {
                throw new FlowException(sender + " sent a tear-off of transaction " + tearOff.getId() + " where a whole one is needed");
            }
            Set<Integer> outputs = new TreeSet<>();
            for (StateRef ref : requestedStates) {
                if (ref.getTxhash().equals(tearOff.getId())) {
                    outputs.add(ref.getIndex());
                }
            }
            try {
                tearOff.verify(tearOff.getId(), outputs, ledger.identity(), ledger.services().getNetworkParameters(),
                        ledger.services().getIdentityService());
            } catch (LedgerException e) {
                throw new FlowException("Back chain of " + top.getId() + " does not verify: " + e.getMessage(), e);
            }
            tornOff.add(tearOff);
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
        // Checked on arrival; kept before the whole transactions that consume their states are verified.
        for (TornOffTransaction tearOff : tornOff) {
            ledger.tornOff().add(tearOff);
        }
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


    private static List<StateRef> stateRefs(SignedTransaction tx) {
        List<StateRef> refs = new ArrayList<>(tx.getInputs());
        refs.addAll(tx.getReferences());
        return refs;
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
