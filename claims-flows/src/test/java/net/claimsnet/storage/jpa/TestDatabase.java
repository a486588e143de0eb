package net.claimsnet.storage.jpa;

import net.claimsnet.storage.jpa.standalone.DatabaseSettings;

/** A database made for one test class and removed after it. */
interface TestDatabase extends AutoCloseable {

    DatabaseSettings settings();

    /** Removes the database and everything in it. */
    @Override
    void close();
}
