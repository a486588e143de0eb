package net.claimsnet.storage.jpa.server;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import net.claimsnet.storage.jpa.NodePersistenceUnit;
import net.claimsnet.storage.jpa.schema.SchemaMigrations;

import javax.sql.DataSource;
import java.util.logging.Logger;

/**
 * Migrates the node's database when the application starts: a deployment whose schema cannot be
 * brought up to date fails to start instead of failing on its first request.
 */
@Singleton
@Startup
// Flyway manages its own connections and transactions (PostgreSQL DDL is transactional).
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseSchema {

    private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

    @Resource(lookup = NodePersistenceUnit.DATA_SOURCE)
    private DataSource dataSource;

    private volatile String version;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        version = SchemaMigrations.migrate(dataSource);
        LOG.info(() -> "Node database schema at version " + version + " ("
                + (System.nanoTime() - started) / 1_000_000 + " ms)");
    }

    /** The schema version the database was migrated to at startup. */
    public String version() {
        return version;
    }
}
