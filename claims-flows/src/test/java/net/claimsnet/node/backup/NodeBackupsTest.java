package net.claimsnet.node.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A node's backup on disk: where, owner-only, whole (manifest last), and the marker of a restore. */
class NodeBackupsTest {

    private static final Instant TAKEN = Instant.parse("2026-12-06T23:40:01.250Z");
    private static final BackupManifest MANIFEST = new BackupManifest("acme", "O=Acme Health Insurance,L=Hartford,C=US",
            TAKEN, "h2", "8", 42);

    @Test
    void a_backup_is_written_under_the_nodes_directory_by_time_owner_only_with_its_keys_and_manifest(@TempDir Path state)
            throws Exception {
        Path keystore = Files.writeString(Files.createDirectories(state.resolve("keys")).resolve("acme.p12"), "key store");
        Path tls = Files.writeString(Files.createDirectories(state.resolve("tls")).resolve("acme.p12"), "TLS key store");
        Path password = Files.writeString(Files.createDirectories(state.resolve("secrets")).resolve("acme.keystore-password"), "secret");

        NodeBackups.Written written = new NodeBackups(state).write(MANIFEST,
                zip -> write(zip, "database"), List.of(keystore, tls, password, state.resolve("keys/absent.p12")));

        assertThat(written.directory()).isEqualTo(state.toAbsolutePath().resolve("backups/acme/20261206T234001.250Z"));
        assertThat(written.files()).containsExactly("database.zip", "keys/keys/acme.p12", "keys/tls/acme.p12",
                "keys/secrets/acme.keystore-password", "manifest.properties");
        assertThat(Files.readString(written.directory().resolve("keys/tls/acme.p12"))).isEqualTo("TLS key store");
        assertThat(Files.readString(written.directory().resolve("keys/secrets/acme.keystore-password"))).isEqualTo("secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written.directory().resolve("keys/secrets"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written.directory()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(state.resolve("backups")))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written.directory().resolve("database.zip"))))
                .isEqualTo("rw-------");
        assertThat(BackupManifest.read(written.directory())).isEqualTo(MANIFEST);
        assertThat(new NodeBackups(state).backupsOf("acme")).containsExactly(written.directory());
    }

    @Test
    void a_postgresql_backup_leaves_the_database_file_to_pg_dump(@TempDir Path state) {
        BackupManifest postgres = new BackupManifest("acme", "O=Acme Health Insurance,L=Hartford,C=US", TAKEN, "postgresql", "8", 0);

        NodeBackups.Written written = new NodeBackups(state).write(postgres,
                zip -> { throw new AssertionError("no H2 backup on PostgreSQL"); }, List.of());

        assertThat(written.files()).containsExactly("manifest.properties");
    }

    @Test
    void a_second_backup_at_the_same_instant_is_refused(@TempDir Path state) {
        NodeBackups backups = new NodeBackups(state);
        backups.write(MANIFEST, zip -> write(zip, "database"), List.of());

        assertThatThrownBy(() -> backups.write(MANIFEST, zip -> write(zip, "database"), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exists already");
    }

    @Test
    void a_directory_without_a_manifest_is_no_backup(@TempDir Path state) {
        assertThatThrownBy(() -> BackupManifest.read(state)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a node backup");
    }

    @Test
    void a_restore_marker_gives_the_backups_time_until_it_is_removed(@TempDir Path state) throws Exception {
        RestoreMarker marker = new RestoreMarker(state, "acme");
        assertThat(marker.backupTakenAt()).isEmpty();

        Files.createDirectories(marker.file().getParent());
        Files.writeString(marker.file(), "taken.at=" + TAKEN + "\n");
        assertThat(marker.backupTakenAt()).contains(TAKEN);

        marker.remove();
        assertThat(marker.backupTakenAt()).isEmpty();
    }

    @Test
    void a_restore_marker_without_a_time_is_refused_with_what_it_lacks(@TempDir Path state) throws Exception {
        RestoreMarker marker = new RestoreMarker(state, "acme");
        Files.createDirectories(marker.file().getParent());
        Files.writeString(marker.file(), "backup=somewhere\n");

        assertThatThrownBy(marker::backupTakenAt).isInstanceOf(IllegalStateException.class).hasMessageContaining("lacks taken.at");
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
