package net.claimsnet.storage.jpa.schema;

import net.claimsnet.storage.jpa.StorageException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/** Brings a node's database to the newest schema version; a database already there is left alone. */
public final class SchemaMigrations {

    /** Where the versioned scripts are, on the class path of this module. */
    public static final String LOCATION = "classpath:db/migration";

    private SchemaMigrations() {
    }

    /**
     * Applies the migrations the database has not had yet and returns the schema version it is at.
     *
     * @throws StorageException if a migration fails or an applied one was changed since (checksum)
     */
    public static String migrate(DataSource dataSource) {
        Flyway flyway = configure(dataSource);
        try {
            MigrateResult result = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? result.targetSchemaVersion : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw new StorageException("The node's database schema cannot be migrated: " + e.getMessage(), e);
        }
    }

    /** The schema version the database is at, or "none" before the first migration. */
    public static String currentVersion(DataSource dataSource) {
        MigrationInfo current = configure(dataSource).info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    private static Flyway configure(DataSource dataSource) {
        // The module's own class loader: inside Payara the thread's context loader may not see the scripts.
        return Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .validateMigrationNaming(true)
                .load();
    }
}
