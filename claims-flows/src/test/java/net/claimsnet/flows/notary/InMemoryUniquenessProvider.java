package net.claimsnet.flows.notary;

import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Consumed states and custody in maps, all of one transaction under one lock: for tests and the in-JVM network. */
public final class InMemoryUniquenessProvider implements UniquenessProvider {

    private final Map<StateRef, SecureHash> consumed = new HashMap<>();
    private final Map<SecureHash, CordaX500Name> requesters = new HashMap<>();
    private final Map<SecureHash, SignedNotarisationRequest> signedRequests = new HashMap<>();
    private final Map<StateRef, Set<String>> custodians = new HashMap<>();
    /** Transactions committed with their outputs' custody; others were committed before the notary kept it. */
    private final Set<SecureHash> withCustody = new HashSet<>();

    @Override
    public synchronized CommitResult commit(NotaryCommit commit) {
        SecureHash transactionId = commit.transactionId();
        if (requesters.containsKey(transactionId)) {
            return CommitResult.committed();
        }
        List<StateConflict> conflicts = new ArrayList<>();
        for (List<StateRef> refs : List.of(commit.inputs(), commit.references())) {
            for (StateRef ref : refs) {
                SecureHash by = consumed.get(ref);
                if (by != null) {
                    conflicts.add(new StateConflict(ref, by));
                }
            }
        }
        if (!conflicts.isEmpty()) {
            return CommitResult.conflicting(conflicts);
        }
        List<StateRef> notCustodianOf = new ArrayList<>();
        int withoutCustody = 0;
        for (StateRef input : commit.inputs()) {
            Set<String> keys = custodians.get(input);
            if (keys == null && !withCustody.contains(input.getTxhash())) {
                withoutCustody++;
            } else if (keys == null || !keys.contains(commit.requesterKey())) {
                notCustodianOf.add(input);
            }
        }
        if (!notCustodianOf.isEmpty()) {
            return CommitResult.notCustodianOf(notCustodianOf);
        }
        for (StateRef input : commit.inputs()) {
            consumed.put(input, transactionId);
        }
        for (int i = 0; i < commit.outputCustodians().size(); i++) {
            custodians.put(new StateRef(transactionId, i), commit.outputCustodians().get(i));
        }
        withCustody.add(transactionId);
        requesters.put(transactionId, commit.requester());
        signedRequests.put(transactionId, commit.signedRequest());
        return CommitResult.committed(withoutCustody);
    }

    @Override
    public synchronized boolean isCommitted(SecureHash transactionId) {
        return requesters.containsKey(transactionId);
    }

    @Override
    public synchronized Optional<SecureHash> consumedBy(StateRef state) {
        return Optional.ofNullable(consumed.get(state));
    }

    @Override
    public synchronized Optional<CordaX500Name> requesterOf(SecureHash transactionId) {
        return Optional.ofNullable(requesters.get(transactionId));
    }

    @Override
    public synchronized Optional<SignedNotarisationRequest> signedRequestOf(SecureHash transactionId) {
        return Optional.ofNullable(signedRequests.get(transactionId));
    }

    @Override
    public synchronized Optional<Set<String>> custodiansOf(StateRef output) {
        return Optional.ofNullable(custodians.get(output));
    }
}
