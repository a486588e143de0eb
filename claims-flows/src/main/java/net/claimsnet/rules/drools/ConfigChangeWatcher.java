package net.claimsnet.rules.drools;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;

/**
 * Tells, cheaply enough to ask before every claim, whether the file system reported a change in the
 * rule and reference folders since the last question. Where the file system cannot watch, it never
 * reports, and the registry's periodic re-read is what notices changes.
 */
final class ConfigChangeWatcher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ConfigChangeWatcher.class.getName());

    private final WatchService watchService;

    ConfigChangeWatcher(List<Path> folders) {
        WatchService service = null;
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path folder : folders) {
                folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot watch " + folders + "; rule changes are found by polling", e);
            closeQuietly(service);
            service = null;
        }
        this.watchService = service;
    }

    /** Whether any watched folder changed since the last call; consumes the events. */
    boolean changed() {
        if (watchService == null) {
            return false;
        }
        boolean changed = false;
        WatchKey key;
        while ((key = watchService.poll()) != null) {
            changed |= !key.pollEvents().isEmpty();
            key.reset();
        }
        return changed;
    }

    @Override
    public void close() {
        closeQuietly(watchService);
    }

    private static void closeQuietly(WatchService service) {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "Closing the watch service failed", e);
            }
        }
    }
}
