package net.claimsnet.node.server;

import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.ColumnKeyRing;
import net.claimsnet.storage.jpa.ColumnReencryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.EncryptedColumn;
import net.claimsnet.storage.jpa.ReencryptionProgress;
import net.claimsnet.storage.jpa.ledger.JpaVaultStore;

import java.util.concurrent.ThreadFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The follow-up of a rotation of the node's column keys: when the key ring still holds an older data key
 * generation, or the vault still has look-up hashes of an older lookup key, the older values are rewritten
 * with the current key ({@link ColumnReencryption}) on a thread of its own, batch by batch, while the node
 * serves. It tells the operator how far the pass has come and whether the older keys may be retired.
 */
final class ReencryptionAfterRotation {

    // The node runtime's logger: operators find the pass's start and failure among the node's own lines.
    private static final Logger LOG = Logger.getLogger(NodeRuntime.class.getName());
    /** Rows per transaction of the pass. */
    static final String BATCH_PROPERTY = "claimsnet.reencryption.batch";

    private final ColumnReencryption pass;
    private volatile String failure;

    private ReencryptionAfterRotation(ColumnReencryption pass) {
        this.pass = pass;
    }

    /** Starts the pass if the keys were rotated since some values were written; null if nothing was. */
    static ReencryptionAfterRotation startIfRotated(DatabaseTransactions database, ColumnKeyRing keys,
                                                    ColumnEncryption columns, JpaVaultStore vault,
                                                    ThreadFactory threadFactory) {
        if (keys.dataGenerations().size() == 1 && vault.statesWithOlderKeys() == 0) {
            return null;
        }
        ReencryptionAfterRotation reencryption = new ReencryptionAfterRotation(new ColumnReencryption(database, columns,
                keys.current(), EncryptedColumn.ALL, vault::hashKeysAgain, Integer.getInteger(BATCH_PROPERTY, 200)));
        LOG.info(() -> "Column keys of generations " + keys.dataGenerations() + " held, writing with " + keys.current()
                + ": re-encrypting the older values");
        Thread thread = threadFactory.newThread(reencryption::run);
        thread.setName("claimsnet-column-reencryption");
        thread.start();
        return reencryption;
    }

    private void run() {
        try {
            pass.run();
        } catch (RuntimeException e) {
            failure = String.valueOf(e.getMessage());
            LOG.log(Level.SEVERE, "The re-encryption pass after the column key rotation stopped: " + failure, e);
        }
    }

    /** How far the pass has come ({@code finished} with nothing {@code refused}: the older keys can be retired). */
    String describe() {
        String failed = failure;
        return pass.progress().describe() + (failed == null ? "" : "; stopped: " + failed);
    }

    /** Whether every older value was rewritten (the operator may then retire the older keys). */
    boolean isComplete() {
        ReencryptionProgress progress = pass.progress();
        return progress.finished() && progress.refused() == 0 && failure == null;
    }

    /** Asks the pass to stop after its current batch (the node is stopping); the next start goes on. */
    void stop() {
        pass.stop();
    }
}
