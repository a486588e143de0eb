package net.claimsnet.bench.commits;

import jakarta.persistence.EntityManager;
import net.claimsnet.storage.jpa.DatabaseTransactions;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * A node's database transactions, counted by purpose: each outermost transaction (one that reaches
 * the database; a nested call joins its caller's) is put down to the first net.claimsnet frame on the
 * stack outside the JPA adapters, such as {@code OutboxDispatcher.pass}, and counted as a write when
 * it left uncommitted changes in its H2 session just before its commit, as a read otherwise. H2 only:
 * it asks H2's {@code INFORMATION_SCHEMA.SESSIONS} whether the session holds uncommitted changes.
 */
public final class TransactionsByPurpose implements DatabaseTransactions {

    private static final String ADAPTERS = "net.claimsnet.storage.jpa.";
    private static final String PROJECT = "net.claimsnet.";
    private static final StackWalker STACK = StackWalker.getInstance();

    /** Reads and writes of one purpose. */
    public record Tally(String purpose, long reads, long writes) {
        public long total() {
            return reads + writes;
        }
    }

    /** Threads that only watch the network (a test polling a vault): their transactions are no node's work. */
    private static final ThreadLocal<Boolean> WATCHING = ThreadLocal.withInitial(() -> false);

    private final DatabaseTransactions real;
    private final ThreadLocal<Boolean> inside = ThreadLocal.withInitial(() -> false);
    private final Map<String, LongAdder> reads = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> writes = new ConcurrentHashMap<>();

    public TransactionsByPurpose(DatabaseTransactions real) {
        this.real = Objects.requireNonNull(real, "real");
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        if (inside.get() || WATCHING.get()) {
            return real.inTransaction(work);
        }
        String purpose = callerPurpose();
        inside.set(true);
        try {
            return real.inTransaction(em -> {
                T result = work.apply(em);
                (wroteSomething(em) ? writes : reads).computeIfAbsent(purpose, p -> new LongAdder()).increment();
                return result;
            });
        } finally {
            inside.set(false);
        }
    }

    /** Nested, the real one's: it marks the caller's transaction for rollback when the work fails. */
    @Override
    public Throwable attempt(Runnable work) {
        return inside.get() ? real.attempt(work) : DatabaseTransactions.super.attempt(work);
    }

    @Override
    public void afterCommit(Runnable action) {
        real.afterCommit(action);
    }

    /** Runs what only watches the nodes (polls their stores) without counting its transactions. */
    public static <T> T uncounted(java.util.function.Supplier<T> watching) {
        boolean was = WATCHING.get();
        WATCHING.set(true);
        try {
            return watching.get();
        } finally {
            WATCHING.set(was);
        }
    }

    /** Forgets what was counted so far (the setup before the claims that are measured). */
    public void reset() {
        reads.clear();
        writes.clear();
    }

    /** What was counted, the most frequent purpose first. */
    public List<Tally> tallies() {
        Map<String, Tally> byPurpose = new LinkedHashMap<>();
        for (String purpose : union()) {
            byPurpose.put(purpose, new Tally(purpose, count(reads, purpose), count(writes, purpose)));
        }
        return byPurpose.values().stream().sorted(Comparator.comparingLong(Tally::total).reversed()
                .thenComparing(Tally::purpose)).toList();
    }

    public long reads() {
        return reads.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long writes() {
        return writes.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public long total() {
        return reads() + writes();
    }

    private java.util.Set<String> union() {
        java.util.Set<String> purposes = new java.util.TreeSet<>(reads.keySet());
        purposes.addAll(writes.keySet());
        return purposes;
    }

    private static long count(Map<String, LongAdder> counts, String purpose) {
        LongAdder count = counts.get(purpose);
        return count == null ? 0 : count.sum();
    }

    /** The Hibernate changes go to the database first, as the commit would send them, so H2 can tell. */
    private static boolean wroteSomething(EntityManager em) {
        if (em.getTransaction().getRollbackOnly()) {
            return false;
        }
        em.flush();
        Object uncommitted = em.createNativeQuery(
                "select contains_uncommitted from information_schema.sessions where session_id = session_id()")
                .getSingleResult();
        return Boolean.TRUE.equals(uncommitted);
    }

    private static String callerPurpose() {
        return STACK.walk(frames -> frames
                .filter(frame -> frame.getClassName().startsWith(PROJECT))
                .filter(frame -> !frame.getClassName().startsWith(ADAPTERS))
                .filter(frame -> !frame.getClassName().startsWith(TransactionsByPurpose.class.getName()))
                .findFirst()
                .map(frame -> simpleName(frame.getClassName()) + "." + frame.getMethodName())
                .orElseGet(TransactionsByPurpose::storageCaller));
    }

    /** Work that the adapters themselves start (on a thread of their own): the first adapter frame, marked. */
    private static String storageCaller() {
        return STACK.walk(frames -> frames
                .filter(frame -> frame.getClassName().startsWith(ADAPTERS))
                .reduce((first, later) -> later)
                .map(frame -> "(storage) " + simpleName(frame.getClassName()) + "." + frame.getMethodName())
                .orElse("(outside net.claimsnet)"));
    }

    private static String simpleName(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int lambda = simple.indexOf("$$Lambda");
        return lambda < 0 ? simple : simple.substring(0, lambda);
    }
}
