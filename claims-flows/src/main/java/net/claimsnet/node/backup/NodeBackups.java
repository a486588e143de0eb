package net.claimsnet.node.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where and how a node writes its backups: {@code <state>/backups/<node>/<UTC time of the node's clock>/},
 * a new directory each time, owner-only (0700; files 0600): the database holds PHI (its PHI columns are
 * encrypted, with keys in the node's key store, which the backup holds too, with its password: whoever
 * reads a backup reads the node's data, as whoever reads {@code .network/}).
 */
public final class NodeBackups {

    /** The directory name: sortable, so the latest backup is the last name. */
    static final DateTimeFormatter DIRECTORY_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);
    static final String KEYS = "keys";

    private final Path stateDirectory;
    private final Path root;

    /** @param stateDirectory the network's state directory ({@code .network}) */
    public NodeBackups(Path stateDirectory) {
        this.stateDirectory = stateDirectory.toAbsolutePath();
        this.root = this.stateDirectory.resolve("backups");
    }

    /** What a backup wrote: its directory and the files in it. */
    public record Written(Path directory, BackupManifest manifest, List<String> files) {
    }

    /**
     * Writes a backup: the database by {@code writeDatabase} (given the file to write, which must not
     * exist), the key files copied into {@code keys/} under their paths in the state directory, and the manifest last, so that a directory with a
     * manifest holds a whole backup.
     */
    public Written write(BackupManifest manifest, Consumer<Path> writeDatabase, List<Path> keyFiles) {
        Path directory = root.resolve(manifest.nodeId()).resolve(DIRECTORY_NAME.format(manifest.takenAt()));
        try {
            ownerOnlyDirectory(root);
            ownerOnlyDirectory(root.resolve(manifest.nodeId()));
            Files.createDirectory(directory);
            ownerOnly(directory, true);
            List<String> files = new ArrayList<>();
            if ("h2".equals(manifest.database())) {
                Path database = directory.resolve(BackupManifest.H2_FILE);
                writeDatabase.accept(database);
                ownerOnly(database, false);
                files.add(BackupManifest.H2_FILE);
            }
            Path keys = directory.resolve(KEYS);
            Files.createDirectory(keys);
            ownerOnly(keys, true);
            for (Path keyFile : keyFiles) {
                if (Files.isRegularFile(keyFile)) {
                    // Where it is under the state directory (keys/acme.p12, tls/acme.p12, secrets/...): restored to the same place.
                    Path relative = stateDirectory.relativize(keyFile.toAbsolutePath());
                    if (relative.startsWith("..")) {
                        relative = keyFile.getFileName();
                    }
                    Path copy = keys.resolve(relative);
                    for (Path parent = copy.getParent(); !parent.equals(keys); parent = parent.getParent()) {
                        ownerOnlyDirectory(parent);
                    }
                    Files.copy(keyFile, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    ownerOnly(copy, false);
                    files.add(KEYS + "/" + keys.relativize(copy).toString().replace('\\', '/'));
                }
            }
            Path manifestFile = directory.resolve(BackupManifest.FILE);
            Files.writeString(manifestFile, manifest.format(), StandardCharsets.ISO_8859_1);
            ownerOnly(manifestFile, false);
            files.add(BackupManifest.FILE);
            return new Written(directory, manifest, List.copyOf(files));
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException("A backup of " + manifest.nodeId() + " taken at " + manifest.takenAt()
                    + " exists already: " + directory, e);
        } catch (IOException e) {
            throw new UncheckedIOException("The backup could not be written to " + directory, e);
        }
    }

    private static void ownerOnlyDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory);
        }
        ownerOnly(directory, true);
    }

    /** 0700 for a directory, 0600 for a file, where the file system has POSIX permissions. */
    private static void ownerOnly(Path path, boolean directory) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            view.setPermissions(PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
        }
    }

    /** The node's backups' directory names, oldest first. */
    public List<Path> backupsOf(String nodeId) {
        Path directory = root.resolve(nodeId);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (var entries = Files.list(directory)) {
            return entries.filter(path -> Files.isRegularFile(path.resolve(BackupManifest.FILE))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
