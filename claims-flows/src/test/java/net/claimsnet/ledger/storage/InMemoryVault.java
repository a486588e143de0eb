package net.claimsnet.ledger.storage;

import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.LinearState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.UniqueIdentifier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A vault in memory, for tests and the in-JVM network: indexed by state class, linear id and the
 * node's {@link VaultLookupKey}, so that looking up a claim's latest version or a member's
 * accumulator does not scan every state a busy node ever held. Updates are atomic under one lock.
 */
public final class InMemoryVault implements VaultStore {

    private final VaultLookupKey lookupKey;

    private final Map<StateRef, StateAndRef<ContractState>> states = new HashMap<>();
    private final Set<StateRef> consumed = new HashSet<>();
    private final Map<Class<?>, LinkedHashMap<StateRef, StateAndRef<ContractState>>> unconsumedByClass = new HashMap<>();
    private final Map<UniqueIdentifier, List<StateAndRef<ContractState>>> byLinearId = new HashMap<>();
    private final Map<String, LinkedHashMap<StateRef, StateAndRef<ContractState>>> unconsumedByKey = new HashMap<>();

    /** A vault that indexes no lookup key. */
    public InMemoryVault() {
        this(VaultLookupKey.NONE);
    }

    public InMemoryVault(VaultLookupKey lookupKey) {
        this.lookupKey = Objects.requireNonNull(lookupKey, "lookupKey");
    }

    @Override
    public synchronized void apply(Collection<StateRef> spent, Collection<StateAndRef<ContractState>> produced) {
        for (StateRef ref : spent) {
            if (consumed.add(ref)) {
                StateAndRef<ContractState> state = states.get(ref);
                if (state != null) {
                    unconsumedOf(state).remove(ref);
                    for (String key : lookupKey.keysOf(state.getState().getData())) {
                        LinkedHashMap<StateRef, StateAndRef<ContractState>> keyed = unconsumedByKey.get(key);
                        if (keyed != null && keyed.remove(ref) != null && keyed.isEmpty()) {
                            unconsumedByKey.remove(key);
                        }
                    }
                }
            }
        }
        for (StateAndRef<ContractState> state : produced) {
            if (states.putIfAbsent(state.getRef(), state) != null) {
                continue;
            }
            ContractState data = state.getState().getData();
            if (data instanceof LinearState) {
                byLinearId.computeIfAbsent(((LinearState) data).getLinearId(), id -> new ArrayList<>()).add(state);
            }
            if (!consumed.contains(state.getRef())) {
                unconsumedOf(state).put(state.getRef(), state);
                for (String key : lookupKey.keysOf(data)) {
                    unconsumedByKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(state.getRef(), state);
                }
            }
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T extends ContractState> List<StateAndRef<T>> unconsumed(Class<T> type) {
        List<StateAndRef<T>> result = new ArrayList<>();
        for (Map.Entry<Class<?>, LinkedHashMap<StateRef, StateAndRef<ContractState>>> entry : unconsumedByClass.entrySet()) {
            if (type.isAssignableFrom(entry.getKey())) {
                for (StateAndRef<ContractState> state : entry.getValue().values()) {
                    result.add((StateAndRef<T>) (StateAndRef<?>) state);
                }
            }
        }
        return result;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T extends ContractState> List<StateAndRef<T>> unconsumedWithKey(Class<T> type, String key) {
        if (lookupKey == VaultLookupKey.NONE) {
            throw new IllegalStateException("This vault indexes no lookup key");
        }
        LinkedHashMap<StateRef, StateAndRef<ContractState>> keyed = unconsumedByKey.get(key);
        if (keyed == null) {
            return List.of();
        }
        List<StateAndRef<T>> result = new ArrayList<>(keyed.size());
        for (StateAndRef<ContractState> state : keyed.values()) {
            if (type.isInstance(state.getState().getData())) {
                result.add((StateAndRef<T>) (StateAndRef<?>) state);
            }
        }
        return result;
    }

    @Override
    public synchronized long countUnconsumedWithKey(Class<? extends ContractState> type, String key) {
        if (lookupKey == VaultLookupKey.NONE) {
            throw new IllegalStateException("This vault indexes no lookup key");
        }
        LinkedHashMap<StateRef, StateAndRef<ContractState>> keyed = unconsumedByKey.get(key);
        return keyed == null ? 0 : keyed.values().stream().filter(s -> type.isInstance(s.getState().getData())).count();
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T extends LinearState> Optional<StateAndRef<T>> latest(UniqueIdentifier linearId, Class<T> type) {
        List<StateAndRef<ContractState>> versions = byLinearId.get(linearId);
        if (versions == null) {
            return Optional.empty();
        }
        for (int i = versions.size() - 1; i >= 0; i--) {
            StateAndRef<ContractState> state = versions.get(i);
            if (!consumed.contains(state.getRef()) && type.isInstance(state.getState().getData())) {
                return Optional.of((StateAndRef<T>) (StateAndRef<?>) state);
            }
        }
        return Optional.empty();
    }

    @Override
    public synchronized boolean isConsumed(StateRef ref) {
        return consumed.contains(ref);
    }

    @Override
    public synchronized boolean holds(StateRef ref) {
        return states.containsKey(ref);
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized <T extends LinearState> List<StateAndRef<T>> history(UniqueIdentifier linearId, Class<T> type) {
        List<StateAndRef<T>> result = new ArrayList<>();
        for (StateAndRef<ContractState> state : byLinearId.getOrDefault(linearId, List.of())) {
            if (type.isInstance(state.getState().getData())) {
                result.add((StateAndRef<T>) (StateAndRef<?>) state);
            }
        }
        return result;
    }

    /** How many states the vault holds, consumed or not. */
    public synchronized int size() {
        return states.size();
    }

    private LinkedHashMap<StateRef, StateAndRef<ContractState>> unconsumedOf(StateAndRef<ContractState> state) {
        return unconsumedByClass.computeIfAbsent(state.getState().getData().getClass(), c -> new LinkedHashMap<>());
    }
}
