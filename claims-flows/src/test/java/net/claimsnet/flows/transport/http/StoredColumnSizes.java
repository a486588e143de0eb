package net.claimsnet.flows.transport.http;

import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.standalone.DatabaseSettings;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What column encryption does to the bytes a node writes: for one encrypted column, the clear size of its
 * values (decrypted) against what the database holds (compressed, then encrypted), printed as
 * {@code column-bytes table=... rows=... clear=... stored=... ratio=...}.
 */
final class StoredColumnSizes {

    private StoredColumnSizes() {
    }

    /** {@code rowId} is the SQL of the row id the value is bound to, {@code column} the encrypted column. */
    static double ratio(DatabaseSettings database, ColumnEncryption columns, String table, String rowId, String column)
            throws SQLException {
        long clear = 0;
        long stored = 0;
        int rows = 0;
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet values = statement.executeQuery("select " + rowId + ", " + column + " from " + table
                     + " where " + column + " is not null")) {
            while (values.next()) {
                byte[] value = values.getBytes(2);
                stored += value.length;
                clear += columns.decrypt(value, table, values.getString(1)).length;
                rows++;
            }
        }
        double ratio = clear == 0 ? 1 : (double) stored / clear;
        System.out.printf("column-bytes table=%s rows=%d clear=%d stored=%d ratio=%.2f%n", table, rows, clear, stored, ratio);
        return ratio;
    }
}
