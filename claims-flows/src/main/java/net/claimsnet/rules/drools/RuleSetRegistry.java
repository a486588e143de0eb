package net.claimsnet.rules.drools;

import net.claimsnet.rules.RuleSetRejectedException;
import net.claimsnet.rules.RulesSettings;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Holds the rule set in force and replaces it when its files change: before each claim it asks the
 * file-system watcher (and, every reload-check interval, re-reads the files anyway); when the files'
 * hash differs from the version in force it compiles them. A version that does not compile is refused
 * with the compiler's messages and the previous version stays in force; the refused version is not
 * compiled again until the files change once more.
 */
public final class RuleSetRegistry implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(RuleSetRegistry.class.getName());

    private final RulesSettings settings;
    private final RuleSetKind kind;
    private final RuleSetCompiler compiler = new RuleSetCompiler();
    private final ConfigChangeWatcher watcher;
    private final long reloadCheckNanos;

    private volatile CompiledRuleSet active;
    private volatile RuleSetRejectedException lastRejection;
    private volatile long nextCheckAt;

    private RuleSetRegistry(RulesSettings settings, RuleSetKind kind) {
        this.settings = settings;
        this.kind = kind;
        this.reloadCheckNanos = settings.reloadCheckInterval().toNanos();
        this.watcher = new ConfigChangeWatcher(List.of(settings.rulesDir().resolve(kind.folder()),
                settings.referenceDir()));
    }

    /**
     * Compiles the rule set from the files and keeps it in force.
     *
     * @throws RuleSetRejectedException when the files do not compile: there is nothing to fall back on
     */
    public static RuleSetRegistry open(RulesSettings settings, RuleSetKind kind) {
        RuleSetRegistry registry = new RuleSetRegistry(settings, kind);
        try {
            registry.active = registry.compiler.compile(registry.read(), kind);
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
        registry.nextCheckAt = System.nanoTime() + registry.reloadCheckNanos;
        LOG.log(System.Logger.Level.INFO, () -> "Rule set " + kind.folder() + " " + registry.active.version()
                + " built in " + registry.active.buildMillis() + " ms");
        return registry;
    }

    /** The rule set to use for the next claim, after picking up any change to its files. */
    public CompiledRuleSet current() {
        long now = System.nanoTime();
        if (watcher.changed() || now - nextCheckAt >= 0) {
            nextCheckAt = now + reloadCheckNanos;
            refresh(false);
        }
        return active;
    }

    /**
     * Re-reads the files now and compiles them if they changed.
     *
     * @return the rule set in force afterwards
     * @throws RuleSetRejectedException when the current files are refused (the previous version stays)
     */
    public CompiledRuleSet reload() {
        refresh(true);
        return active;
    }

    /** The most recent refusal, while the files still differ from the version in force. */
    public Optional<RuleSetRejectedException> lastRejection() {
        return Optional.ofNullable(lastRejection);
    }

    private synchronized void refresh(boolean throwIfRejected) {
        RuleSetSources sources;
        try {
            sources = read();
        } catch (UncheckedIOException e) {
            // A file being replaced can vanish for a moment; the next check will see the new one.
            reject(new RuleSetRejectedException(kind.folder(), null, List.of(e.getMessage())), throwIfRejected);
            return;
        }
        if (sources.version().equals(active.version())) {
            lastRejection = null;
            return;
        }
        RuleSetRejectedException previous = lastRejection;
        if (previous != null && sources.version().equals(previous.version())) {
            if (throwIfRejected) {
                throw previous;
            }
            return;
        }
        try {
            CompiledRuleSet rebuilt = compiler.compile(sources, kind);
            LOG.log(System.Logger.Level.INFO, () -> "Rule set " + kind.folder() + " reloaded: " + active.version()
                    + " -> " + rebuilt.version() + " in " + rebuilt.buildMillis() + " ms");
            active = rebuilt;
            lastRejection = null;
        } catch (RuleSetRejectedException e) {
            reject(e, throwIfRejected);
        }
    }

    private void reject(RuleSetRejectedException e, boolean throwIfRejected) {
        lastRejection = e;
        LOG.log(System.Logger.Level.WARNING, e.getMessage() + "\nStill in force: " + active.version());
        if (throwIfRejected) {
            throw e;
        }
    }

    private RuleSetSources read() {
        return RuleSetSources.read(settings.rulesDir(), settings.referenceDir(), kind);
    }

    @Override
    public void close() {
        watcher.close();
    }
}
