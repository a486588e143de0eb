package net.claimsnet.ledger.resolution;

import net.claimsnet.ledger.storage.TransactionStore;
import net.corda.core.concurrent.CordaFuture;
import net.corda.core.crypto.SecureHash;
import net.corda.core.messaging.DataFeed;
import net.corda.core.node.services.TransactionStorage;
import net.corda.core.transactions.SignedTransaction;
import rx.Observable;

import java.util.List;

/** Corda's read view of a node's recorded transactions; the node's own flows publish updates, not this. */
final class RecordedTransactions implements TransactionStorage {

    private final TransactionStore store;

    RecordedTransactions(TransactionStore store) {
        this.store = store;
    }

    @Override
    public SignedTransaction getTransaction(SecureHash id) {
        return store.find(id).orElse(null);
    }

    @Override
    public Observable<SignedTransaction> getUpdates() {
        throw LedgerServiceHub.notOffered("transaction update feeds");
    }

    @Override
    public DataFeed<List<SignedTransaction>, SignedTransaction> track() {
        throw LedgerServiceHub.notOffered("transaction update feeds");
    }

    @Override
    public CordaFuture<SignedTransaction> trackTransaction(SecureHash id) {
        throw LedgerServiceHub.notOffered("transaction update feeds");
    }
}
