package net.claimsnet.flows.transport.http;

import net.claimsnet.storage.jpa.standalone.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canary on the local PostgreSQL (127.0.0.1:5432, user postgres, trust authentication, as the
 * storage tests; {@code -Dclaimsnet.test.postgres=host:port} points elsewhere), in a database made for
 * the test and dropped after it. The search is what a database login sees: every text and bytea column
 * of every table, through SQL.
 */
class PostgresPhiCanaryTest extends PhiCanaryContract {

    private static final String SERVER = System.getProperty("claimsnet.test.postgres", "127.0.0.1:5432");
    private static final String USER = "postgres";

    private final List<String> made = new ArrayList<>();

    @Override
    DatabaseSettings newDatabase() {
        String name = "claimsnet_canary_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("create database " + name);
        made.add(name);
        return DatabaseSettings.of("jdbc:postgresql://" + SERVER + "/" + name, USER, "");
    }

    @AfterEach
    void dropDatabases() {
        made.forEach(name -> execute("drop database if exists " + name + " with (force)"));
    }

    @Override
    List<String> placesHolding(DatabaseSettings database, String text) throws SQLException {
        List<String> places = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.url(), USER, "")) {
            List<String[]> columns = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select table_name, column_name, data_type from information_schema.columns"
                         + " where table_schema = 'public' and data_type in ('bytea', 'text', 'character varying', 'character')")) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
                }
            }
            assertThat(columns).as("columns searched").anyMatch(column -> column[0].equals("vault_state") && column[1].equals("content"));
            for (String[] column : columns) {
                String needle = column[2].equals("bytea") ? "convert_to(?, 'UTF8')" : "?";
                String sql = "select count(*) from \"" + column[0] + "\" where position(" + needle + " in \"" + column[1] + "\") > 0";
                try (PreparedStatement query = connection.prepareStatement(sql)) {
                    query.setString(1, text);
                    try (ResultSet count = query.executeQuery()) {
                        count.next();
                        if (count.getLong(1) > 0) {
                            places.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return places;
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The canary needs the local PostgreSQL at " + SERVER
                    + " (user postgres, trust authentication): " + e.getMessage(), e);
        }
    }
}
