package net.claimsnet.storage.jpa;

import net.claimsnet.storage.jpa.standalone.DatabaseSettings;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database on the local PostgreSQL (127.0.0.1:5432, user postgres, trust authentication;
 * {@code -Dclaimsnet.test.postgres=host:port} points elsewhere), dropped when closed.
 */
final class PostgresTestDatabase implements TestDatabase {

    private static final String SERVER = System.getProperty("claimsnet.test.postgres", "127.0.0.1:5432");
    private static final String USER = "postgres";

    private final String name = "claimsnet_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PostgresTestDatabase() {
        execute("create database " + name);
    }

    @Override
    public DatabaseSettings settings() {
        return DatabaseSettings.of("jdbc:postgresql://" + SERVER + "/" + name, USER, "");
    }

    @Override
    public void close() {
        execute("drop database if exists " + name + " with (force)");
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The storage tests need the local PostgreSQL at " + SERVER
                    + " (user postgres, trust authentication): " + e.getMessage(), e);
        }
    }
}
