package net.claimsnet.storage.jpa.backup;

import net.claimsnet.storage.jpa.StorageException;
import org.h2.tools.Restore;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A node's H2 database backed up while the node runs, and restored while it is stopped. H2's
 * {@code BACKUP TO} copies the database file as one consistent state (H2's MVStore keeps a snapshot for
 * the copy while writes go on), so a backup taken mid-load holds whole transactions only.
 */
public final class H2Backup {

    /** The database's file name inside a node's data directory ({@code claimsnet.mv.db}, see DatabaseSettings.h2File). */
    public static final String DATABASE_NAME = "claimsnet";

    private H2Backup() {
    }

    /**
     * Writes a consistent copy of the database behind {@code dataSource} (an H2 database) to {@code zip},
     * which must not exist yet.
     */
    public static void backup(DataSource dataSource, Path zip) {
        if (Files.exists(zip)) {
            throw new IllegalArgumentException("The backup file " + zip + " exists already");
        }
        String file = zip.toAbsolutePath().toString();
        if (file.indexOf('\'') >= 0) {
            throw new IllegalArgumentException("A backup file's path must not contain a quote: " + zip);
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // BACKUP takes a literal, not a parameter; the path was checked for quotes above.
            statement.execute("BACKUP TO '" + file + "'");
        } catch (SQLException e) {
            throw new StorageException("The database could not be backed up to " + zip + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts the database of a backup into {@code directory} (the node's data directory), replacing the
     * database there; the node must be stopped.
     */
    public static void restore(Path zip, Path directory) {
        if (!Files.isRegularFile(zip)) {
            throw new IllegalArgumentException("No backup file " + zip);
        }
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(directory.resolve(DATABASE_NAME + ".mv.db"));
            Files.deleteIfExists(directory.resolve(DATABASE_NAME + ".trace.db"));
            Restore.execute(zip.toAbsolutePath().toString(), directory.toAbsolutePath().toString(), DATABASE_NAME);
        } catch (java.io.IOException | org.h2.message.DbException e) {
            throw new StorageException("The backup " + zip + " could not be restored into " + directory + ": " + e.getMessage(), e);
        }
    }
}
