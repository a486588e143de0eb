package net.claimsnet.ledger.storage;

import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.LinearState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.UniqueIdentifier;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A vault that hands every call to another: tests override the one call whose fault they stage. */
public abstract class ForwardingVaultStore implements VaultStore {

    protected final VaultStore real;

    protected ForwardingVaultStore(VaultStore real) {
        this.real = real;
    }

    @Override
    public void apply(Collection<StateRef> consumed, Collection<StateAndRef<ContractState>> produced) {
        real.apply(consumed, produced);
    }

    @Override
    public <T extends ContractState> List<StateAndRef<T>> unconsumed(Class<T> type) {
        return real.unconsumed(type);
    }

    @Override
    public <T extends ContractState> List<StateAndRef<T>> unconsumedWithKey(Class<T> type, String key) {
        return real.unconsumedWithKey(type, key);
    }

    @Override
    public long countUnconsumedWithKey(Class<? extends ContractState> type, String key) {
        return real.countUnconsumedWithKey(type, key);
    }

    @Override
    public <T extends LinearState> Optional<StateAndRef<T>> latest(UniqueIdentifier linearId, Class<T> type) {
        return real.latest(linearId, type);
    }

    @Override
    public boolean isConsumed(StateRef ref) {
        return real.isConsumed(ref);
    }

    @Override
    public boolean holds(StateRef ref) {
        return real.holds(ref);
    }

    @Override
    public <T extends LinearState> List<StateAndRef<T>> history(UniqueIdentifier linearId, Class<T> type) {
        return real.history(linearId, type);
    }
}
