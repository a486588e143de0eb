package net.claimsnet.ledger.storage;

import net.claimsnet.ledger.resolution.TornOffTransaction;
import net.corda.core.crypto.SecureHash;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Tear-offs in memory, for tests and the in-JVM network. */
public final class InMemoryTornOffTransactionStore implements TornOffTransactionStore {

    private final ConcurrentMap<SecureHash, List<TornOffTransaction>> tearOffs = new ConcurrentHashMap<>();

    @Override
    public void add(TornOffTransaction tearOff) {
        tearOffs.computeIfAbsent(tearOff.getId(), id -> new CopyOnWriteArrayList<>()).add(tearOff);
    }

    @Override
    public List<TornOffTransaction> find(SecureHash id) {
        return tearOffs.getOrDefault(id, List.of());
    }
}
