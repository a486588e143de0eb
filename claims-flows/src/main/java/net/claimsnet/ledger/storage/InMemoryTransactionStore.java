package net.claimsnet.ledger.storage;

import net.corda.core.crypto.SecureHash;
import net.corda.core.transactions.SignedTransaction;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Transactions in a map: for tests and the in-JVM network. */
public final class InMemoryTransactionStore implements TransactionStore {

    private final ConcurrentMap<SecureHash, SignedTransaction> transactions = new ConcurrentHashMap<>();

    @Override
    public boolean add(SignedTransaction transaction) {
        return transactions.putIfAbsent(transaction.getId(), transaction) == null;
    }

    @Override
    public Optional<SignedTransaction> find(SecureHash id) {
        return Optional.ofNullable(transactions.get(id));
    }

    @Override
    public boolean contains(SecureHash id) {
        return transactions.containsKey(id);
    }

    @Override
    public long count() {
        return transactions.size();
    }
}
