package net.claimsnet.flows.notary;

import net.corda.core.contracts.StateRef;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Consumed states in maps, all of one transaction under one lock: for tests and the in-JVM network. */
public final class InMemoryUniquenessProvider implements UniquenessProvider {

    private final Map<StateRef, SecureHash> consumed = new HashMap<>();
    private final Map<SecureHash, CordaX500Name> requesters = new HashMap<>();

    @Override
    public synchronized CommitResult commit(SecureHash transactionId, List<StateRef> inputs, List<StateRef> references,
                                            CordaX500Name requester, Instant at) {
        if (requesters.containsKey(transactionId)) {
            return CommitResult.committed();
        }
        List<StateConflict> conflicts = new ArrayList<>();
        for (List<StateRef> refs : List.of(inputs, references)) {
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
        for (StateRef input : inputs) {
            consumed.put(input, transactionId);
        }
        requesters.put(transactionId, requester);
        return CommitResult.committed();
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
}
