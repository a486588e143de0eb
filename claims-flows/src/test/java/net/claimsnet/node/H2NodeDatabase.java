package net.claimsnet.node;

import net.claimsnet.flows.claim.ClaimLookupKeys;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.TestColumns;
import net.claimsnet.storage.jpa.backup.H2Backup;
import net.claimsnet.storage.jpa.filing.JpaFilingReservations;
import net.claimsnet.storage.jpa.flow.JpaCheckpointStore;
import net.claimsnet.storage.jpa.ledger.JpaAttachmentStore;
import net.claimsnet.storage.jpa.ledger.JpaTornOffTransactionStore;
import net.claimsnet.storage.jpa.ledger.JpaTransactionStore;
import net.claimsnet.storage.jpa.ledger.JpaVaultStore;
import net.claimsnet.storage.jpa.notary.JpaUniquenessProvider;
import net.claimsnet.storage.jpa.standalone.DatabaseSettings;
import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;

import java.nio.file.Path;
import java.time.Clock;

/** A node's stores on an H2 file in a directory, as a node in Payara keeps them under .network/data/<node>. */
public final class H2NodeDatabase implements AutoCloseable {

    private final StandaloneDatabase database;
    private final NodeStores stores;

    private H2NodeDatabase(Path directory, Clock clock) {
        this.database = StandaloneDatabase.open(DatabaseSettings.h2File(directory));
        DatabaseTransactions db = database.transactions();
        this.stores = new NodeStores(new JpaTransactionStore(db, TestColumns.ENCRYPTION),
                new JpaVaultStore(db, ClaimLookupKeys.INSTANCE, TestColumns.ENCRYPTION, TestColumns.LOOKUP),
                new JpaAttachmentStore(db, TestColumns.ENCRYPTION),
                new JpaCheckpointStore(db, TestColumns.ENCRYPTION, clock),
                new JpaUniquenessProvider(db, TestColumns.ENCRYPTION),
                new JpaTornOffTransactionStore(db, TestColumns.ENCRYPTION),
                new JpaFilingReservations(db, TestColumns.LOOKUP));
    }

    public static H2NodeDatabase open(Path directory, Clock clock) {
        return new H2NodeDatabase(directory, clock);
    }

    public NodeStores stores() {
        return stores;
    }

    /** An online backup, taken while the node works on. */
    public void backupTo(Path zip) {
        H2Backup.backup(database.settings().dataSource(), zip);
    }

    @Override
    public void close() {
        database.close();
    }
}
