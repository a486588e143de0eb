package net.claimsnet.storage.jpa;

import net.claimsnet.storage.jpa.standalone.StandaloneDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * What every storage contract test class runs on: one database per class (an H2 file or a fresh
 * PostgreSQL database, see {@link TestDatabase}), migrated and opened once, every table emptied
 * before each test, closed and dropped after the last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StorageContract {

    protected TestDatabase testDatabase;
    /** Reassigned by tests that close the database and open it again. */
    protected StandaloneDatabase database;

    abstract TestDatabase createDatabase();

    @BeforeAll
    void createAndOpenTheDatabase() {
        testDatabase = createDatabase();
        database = StandaloneDatabase.open(testDatabase.settings());
    }

    @AfterAll
    void closeAndDropTheDatabase() {
        try {
            database.close();
        } finally {
            testDatabase.close();
        }
    }

    @BeforeEach
    void startFromEmptyTables() {
        StorageTables.clear(database.transactions());
    }
}
