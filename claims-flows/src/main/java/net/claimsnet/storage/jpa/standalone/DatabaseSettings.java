package net.claimsnet.storage.jpa.standalone;

import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a node's database is: an H2 file (the default) or PostgreSQL. H2 must run in PostgreSQL
 * mode, because the migrations and the adapters' "insert ... on conflict do nothing" are written
 * for PostgreSQL.
 */
public final class DatabaseSettings {

    /** The H2 options every H2 URL of a node carries. */
    public static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    private final String url;
    private final String user;
    private final String password;

    private DatabaseSettings(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password == null ? "" : password;
    }

    /**
     * @throws IllegalArgumentException with what to change, for a URL of another database or an
     *                                  H2 URL without PostgreSQL mode
     */
    public static DatabaseSettings of(String url, String user, String password) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("The database URL is required (jdbc:h2:file:... or jdbc:postgresql://...)");
        }
        String trimmed = url.trim();
        if (isH2(trimmed)) {
            if (!trimmed.toUpperCase(Locale.ROOT).contains(";MODE=POSTGRESQL")) {
                throw new IllegalArgumentException("An H2 database URL must run H2 in PostgreSQL mode: add "
                        + H2_OPTIONS + " to " + trimmed);
            }
        } else if (!trimmed.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Only H2 (jdbc:h2:) and PostgreSQL (jdbc:postgresql:) databases are supported, not "
                    + scheme(trimmed));
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("The database user is required");
        }
        return new DatabaseSettings(trimmed, user.trim(), password);
    }

    /** An H2 database in a file {@code claimsnet} under the directory (created on first use). */
    public static DatabaseSettings h2File(Path directory) {
        Objects.requireNonNull(directory, "directory");
        return of("jdbc:h2:file:" + directory.toAbsolutePath().resolve("claimsnet") + H2_OPTIONS, "sa", "");
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public boolean isH2() {
        return isH2(url);
    }

    /** A plain (unpooled) DataSource: each connection is opened when asked for. */
    public DataSource dataSource() {
        if (isH2()) {
            JdbcDataSource dataSource = new JdbcDataSource();
            dataSource.setURL(url);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            return dataSource;
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** "jdbc:mysql" of "jdbc:mysql://host/db": names the database kind without credentials or hosts. */
    private static String scheme(String url) {
        int second = url.indexOf(':', url.indexOf(':') + 1);
        return second < 0 ? url : url.substring(0, second);
    }

    private static boolean isH2(String url) {
        return url.startsWith("jdbc:h2:");
    }

    /** The URL and user, never the password. */
    @Override
    public String toString() {
        return url + " as " + user;
    }
}
