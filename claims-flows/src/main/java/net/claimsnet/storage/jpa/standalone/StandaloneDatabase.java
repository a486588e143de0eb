package net.claimsnet.storage.jpa.standalone;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.NodePersistenceUnit;
import net.claimsnet.storage.jpa.ResourceLocalTransactions;
import net.claimsnet.storage.jpa.StorageException;
import net.claimsnet.storage.jpa.schema.SchemaMigrations;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A node's database opened without a server: migrated to the newest schema, then the node's
 * persistence unit (META-INF/persistence.xml) started resource-local over it, with Hibernate
 * checking that the entities match the migrated tables.
 */
public final class StandaloneDatabase implements AutoCloseable {

    private final DatabaseSettings settings;
    private final String schemaVersion;
    private final EntityManagerFactory entityManagerFactory;
    private final ResourceLocalTransactions transactions;
    private final Connection keepOpen;

    private StandaloneDatabase(DatabaseSettings settings, String schemaVersion, EntityManagerFactory factory,
                               Connection keepOpen) {
        this.settings = settings;
        this.schemaVersion = schemaVersion;
        this.entityManagerFactory = factory;
        this.transactions = new ResourceLocalTransactions(factory);
        this.keepOpen = keepOpen;
    }

    public static StandaloneDatabase open(DatabaseSettings settings) {
        DataSource dataSource = settings.dataSource();
        // An H2 file database closes when its last connection does, and reopening costs far more
        // than a query: hold one connection for as long as this object is open.
        Connection keepOpen = settings.isH2() ? connect(dataSource, settings) : null;
        try {
            String version = SchemaMigrations.migrate(dataSource);
            EntityManagerFactory factory = Persistence.createEntityManagerFactory(NodePersistenceUnit.NAME,
                    resourceLocal(dataSource));
            return new StandaloneDatabase(settings, version, factory, keepOpen);
        } catch (RuntimeException e) {
            closeQuietly(keepOpen);
            if (e instanceof PersistenceException) {
                throw new StorageException("The node's persistence unit does not start on " + settings + ": "
                        + e.getMessage(), e);
            }
            throw e;
        }
    }

    private static Map<String, Object> resourceLocal(DataSource dataSource) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("hibernate.transaction.jta.platform",
                "org.hibernate.engine.transaction.jta.platform.internal.NoJtaPlatform");
        properties.put("hibernate.hbm2ddl.auto", "validate");
        properties.put("hibernate.type.json_format_mapper", NoJsonFormatMapper.class.getName());
        return properties;
    }

    public DatabaseTransactions transactions() {
        return transactions;
    }

    public EntityManagerFactory entityManagerFactory() {
        return entityManagerFactory;
    }

    /** The schema version the migrations brought the database to. */
    public String schemaVersion() {
        return schemaVersion;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        try {
            entityManagerFactory.close();
        } finally {
            closeQuietly(keepOpen);
        }
    }

    private static Connection connect(DataSource dataSource, DatabaseSettings settings) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StorageException("Cannot connect to the node's database " + settings + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after use: nothing is left to protect.
        }
    }
}
