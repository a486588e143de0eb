package net.claimsnet.ledger.storage;

import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.LinearState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.UniqueIdentifier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A vault in memory: for tests and the in-JVM network. Updates are atomic under one lock. */
public final class InMemoryVault implements VaultStore {

    private final Map<StateRef, StateAndRef<ContractState>> states = new LinkedHashMap<>();
    private final Set<StateRef> consumed = new HashSet<>();

    @Override
    public synchronized void apply(Collection<StateRef> spent, Collection<StateAndRef<ContractState>> produced) {
        consumed.addAll(spent);
        for (StateAndRef<ContractState> state : produced) {
            states.putIfAbsent(state.getRef(), state);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T extends ContractState> List<StateAndRef<T>> unconsumed(Class<T> type) {
        List<StateAndRef<T>> result = new ArrayList<>();
        for (StateAndRef<ContractState> state : states.values()) {
            if (!consumed.contains(state.getRef()) && type.isInstance(state.getState().getData())) {
                result.add((StateAndRef<T>) (StateAndRef<?>) state);
            }
        }
        return result;
    }

    @Override
    public synchronized <T extends LinearState> Optional<StateAndRef<T>> latest(UniqueIdentifier linearId, Class<T> type) {
        return unconsumed(type).stream()
                .filter(s -> s.getState().getData().getLinearId().equals(linearId))
                .findFirst();
    }

    @Override
    public synchronized boolean isConsumed(StateRef ref) {
        return consumed.contains(ref);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T extends LinearState> List<StateAndRef<T>> history(UniqueIdentifier linearId, Class<T> type) {
        List<StateAndRef<T>> result = new ArrayList<>();
        for (StateAndRef<ContractState> state : states.values()) {
            ContractState data = state.getState().getData();
            if (type.isInstance(data) && ((LinearState) data).getLinearId().equals(linearId)) {
                result.add((StateAndRef<T>) (StateAndRef<?>) state);
            }
        }
        return result;
    }
}
