package net.claimsnet.flows.resolution;

import net.claimsnet.flows.access.AuditorGrants;
import net.claimsnet.ledger.LedgerException;
import net.claimsnet.ledger.NodeLedger;
import net.claimsnet.ledger.identity.NetworkMapEntry;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.ledger.resolution.TornOffTransaction;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.TransactionState;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.AbstractParty;
import net.corda.core.identity.CordaX500Name;
import net.corda.core.identity.Party;
import net.corda.core.transactions.SignedTransaction;

import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a node answers when a counterparty fetches back-chain transactions of what it sent on a
 * session. Only that back chain is served ({@link BackChainAuthorisation}), and within it only
 * what the requester is entitled to see:
 * <ul>
 *   <li>a transaction whose states all belong to this node and the requester (their claims, the
 *   insurer's own coverage and accumulator transactions) goes whole, and the requester resolves
 *   and verifies its back chain in turn, as in Corda;</li>
 *   <li>a transaction that carries a third party's states (another provider's claim adjudicated
 *   against the same member's accumulator) goes only as a {@link TornOffTransaction} of the
 *   states the requester named, each of which must belong to this node or the requester, never to
 *   the third party; nothing further back is opened to the requester through it;</li>
 *   <li>the auditor gets whole what the serving insurer's grants open ({@link AuditorGrants#opensInBackChain}:
 *   no claim in it closed to the auditor), and tear-offs as any other requester otherwise.</li>
 * </ul>
 * A transaction this node knows only as a tear-off is passed on only as that tear-off.
 */
public final class BackChainServer {

    private BackChainServer() {
    }

    public static FetchResponse serve(FetchRequest request, BackChainAuthorisation vending, NodeLedger ledger,
                                      CordaX500Name requester, Instant at) {
        Optional<NetworkMapEntry> entry = ledger.networkMap().find(requester);
        if (entry.isEmpty()) {
            return FetchResponse.refused(requester + " is not on the network map");
        }
        PublicKey requesterKey = entry.get().getOwningKey();
        AuditorGrants grants = entry.get().getRole() == NodeRole.AUDITOR
                ? new AuditorGrants(ledger.vault(), new Party(requester, requesterKey)) : null;
        Map<SecureHash, Set<Integer>> named = new LinkedHashMap<>();
        for (StateRef ref : request.getStates()) {
            named.computeIfAbsent(ref.getTxhash(), id -> new TreeSet<>()).add(ref.getIndex());
        }
        List<SignedTransaction> whole = new ArrayList<>();
        List<TornOffTransaction> tearOffs = new ArrayList<>();
        for (SecureHash id : request.getIds()) {
            if (!vending.permits(id, ledger.transactions())) {
                return FetchResponse.refused("transaction " + id + " is not in the back chain of what was sent");
            }
            Set<Integer> outputs = named.getOrDefault(id, Set.of());
            Optional<SignedTransaction> held = ledger.transactions().find(id);
            if (held.isPresent()) {
                SignedTransaction transaction = held.get();
                boolean entitled = grants != null ? grants.opensInBackChain(transaction, at)
                        : !carriesThirdPartyStates(transaction, ledger.identity().getOwningKey(), requesterKey);
                if (entitled) {
                    vending.served(transaction);
                    whole.add(transaction);
                    continue;
                }
                String refusal = refusalToTearOff(transaction, outputs, ledger.identity().getOwningKey(), requesterKey);
                if (refusal != null) {
                    return FetchResponse.refused(refusal);
                }
                try {
                    tearOffs.add(TornOffTransaction.of(transaction, outputs));
                } catch (LedgerException e) {
                    return FetchResponse.refused(e.getMessage());
                }
                continue;
            }
            Optional<TornOffTransaction> partial = ledger.tornOff().find(id).stream()
                    .filter(t -> t.revealedOutputs().keySet().containsAll(outputs)).findFirst();
            if (partial.isPresent() && !outputs.isEmpty()) {
                tearOffs.add(partial.get());
                continue;
            }
            return FetchResponse.refused("transaction " + id + " is not held"
                    + (ledger.tornOff().contains(id) ? " whole, only as a tear-off" : ""));
        }
        return FetchResponse.of(whole, tearOffs);
    }

    /** Whether some output belongs to a party other than this node and the requester. */
    static boolean carriesThirdPartyStates(SignedTransaction transaction, PublicKey own, PublicKey requester) {
        for (TransactionState<ContractState> output : transaction.getTx().getOutputs()) {
            if (!ownedOnlyBy(output, own, requester)) {
                return true;
            }
        }
        return false;
    }

    private static String refusalToTearOff(SignedTransaction transaction, Set<Integer> outputs, PublicKey own, PublicKey requester) {
        if (outputs.isEmpty()) {
            return "transaction " + transaction.getId() + " carries other parties' states and the request names none of its outputs";
        }
        List<TransactionState<ContractState>> all = transaction.getTx().getOutputs();
        for (int index : outputs) {
            if (index < 0 || index >= all.size()) {
                return "transaction " + transaction.getId() + " has no output " + index;
            }
            if (!ownedOnlyBy(all.get(index), own, requester)) {
                return "output " + index + " of transaction " + transaction.getId() + " belongs to another party";
            }
        }
        return null;
    }

    private static boolean ownedOnlyBy(TransactionState<ContractState> output, PublicKey own, PublicKey requester) {
        for (AbstractParty participant : output.getData().getParticipants()) {
            PublicKey key = participant.getOwningKey();
            if (!key.equals(own) && !key.equals(requester)) {
                return false;
            }
        }
        return true;
    }
}
