package net.claimsnet.ledger.serialization;

import net.claimsnet.ledger.LeastRecentlyUsed;
import net.corda.core.contracts.CommandData;
import net.corda.core.contracts.TransactionState;
import net.corda.core.serialization.SerializationContext;
import net.corda.core.utilities.ByteSequence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One node's memory of the transaction components it decoded lately: states and commands, by
 * their exact serialized bytes. Corda decodes a component afresh each time it is read, and a node
 * reads each of them many times: a state when the proposal is checked, when the contracts run
 * (in the contract attachment's class loader, once per contract of the transaction), when it is
 * recorded, and as an input of the claim's next transaction. Decoding is about a third of what a
 * node spends on a claim.
 *
 * <p>Only the decoding is reused, for the same bytes, target type and use: what decoding those
 * bytes again would give (AMQP decoding is deterministic, states and commands are immutable).
 * Bytes that differ by one bit are another entry. A decoding made with one class loader serves
 * another only when that loader resolves the decoded class to the very same class (Corda's
 * attachment class loader does so when the contracts are also on its parent's class path, as in
 * a standalone JVM; inside an application server it defines its own copies, and decodes anew).
 * A state's classes all come from its contract JAR, so the state's own class stands for them.
 *
 * <p>Each node has its own memory, in force on a thread while that node's work runs there
 * ({@link #runAsCurrent}); nodes of one JVM never share one, so an in-JVM network decodes what
 * separate nodes would.
 */
public final class DecodedComponents {

    /** Components are about 10 KB each; a claim's next step comes within a few hundred of its last. */
    private static final int DEFAULT_CAPACITY = 2_048;
    private static final int CLASS_LOADERS_KEPT = 16;
    private static final ThreadLocal<DecodedComponents> CURRENT = new ThreadLocal<>();

    private final Map<Key, Decoded> decoded;
    /** Per class loader, whether it resolves a decoded class to the same class (a handful of each). */
    private final Map<ClassLoader, Map<Class<?>, Boolean>> sameClasses = new HashMap<>();
    private long hits;
    private long misses;

    public DecodedComponents() {
        this(DEFAULT_CAPACITY);
    }

    public DecodedComponents(int capacity) {
        this.decoded = LeastRecentlyUsed.map(capacity);
    }

    /** Runs the task with this memory in force on the current thread, then restores what was. */
    public void runAsCurrent(Runnable task) {
        DecodedComponents previous = CURRENT.get();
        CURRENT.set(this);
        try {
            task.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Whether decodings of this type are remembered: transaction states and commands, nothing else. */
    static boolean remembers(Class<?> type) {
        return type == TransactionState.class || type == CommandData.class;
    }

    /**
     * What these bytes decode to: the memory in force on this thread gives what it decoded before,
     * else the decoder runs (and its result is remembered). Without a memory in force, just decodes.
     */
    static <T> T decode(ByteSequence bytes, Class<T> type, SerializationContext context, Supplier<T> decoder) {
        DecodedComponents memory = CURRENT.get();
        if (memory == null || !remembers(type)) {
            return decoder.get();
        }
        ClassLoader loader = context.getDeserializationClassLoader();
        // Looked up through a view of the bytes; only what is remembered gets a copy of its own.
        Key probe = new Key(SerializedContent.of(bytes.slice(0, bytes.getSize())), type, context.getUseCase());
        Object known = memory.lookUp(probe, loader);
        if (known != null) {
            return type.cast(known);
        }
        T fresh = decoder.get();
        memory.remember(probe.owningItsBytes(), fresh, loader);
        return fresh;
    }

    private synchronized Object lookUp(Key key, ClassLoader loader) {
        for (Decoded known = decoded.get(key); known != null; known = known.other) {
            if (known.loader == loader || resolvesSame(loader, known.definingClass())) {
                hits++;
                return known.value;
            }
        }
        misses++;
        return null;
    }

    /** Remembers a decoding next to those of the same bytes made with other class loaders. */
    private synchronized void remember(Key key, Object value, ClassLoader loader) {
        decoded.put(key, new Decoded(value, loader, decoded.get(key)));
    }

    private boolean resolvesSame(ClassLoader loader, Class<?> decodedClass) {
        if (sameClasses.size() >= CLASS_LOADERS_KEPT && !sameClasses.containsKey(loader)) {
            // Class loaders come and go (Corda caches only so many attachment loaders): keep none alive.
            sameClasses.clear();
        }
        return sameClasses.computeIfAbsent(loader, l -> new HashMap<>())
                .computeIfAbsent(decodedClass, c -> resolves(loader, c));
    }

    private static boolean resolves(ClassLoader loader, Class<?> decodedClass) {
        try {
            return Class.forName(decodedClass.getName(), false, loader) == decodedClass;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Decodings given from memory so far (for tests and diagnostics). */
    public synchronized long hits() {
        return hits;
    }

    /** Decodings that had to run so far. */
    public synchronized long misses() {
        return misses;
    }

    /** A decoded component, the class loader it was decoded with, and a decoding of the same bytes with another. */
    private static final class Decoded {
        final Object value;
        final ClassLoader loader;
        final Decoded other;

        Decoded(Object value, ClassLoader loader, Decoded other) {
            this.value = value;
            this.loader = loader;
            this.other = other;
        }

        /** The class whose loader decides what the decoding holds: a state's own, or the command's. */
        Class<?> definingClass() {
            return value instanceof TransactionState ? ((TransactionState<?>) value).getData().getClass() : value.getClass();
        }
    }

    /** The bytes, and what they were decoded as and for. */
    private static final class Key {
        private final SerializedContent content;
        private final Class<?> type;
        private final SerializationContext.UseCase useCase;

        Key(SerializedContent content, Class<?> type, SerializationContext.UseCase useCase) {
            this.content = content;
            this.type = type;
            this.useCase = useCase;
        }

        Key owningItsBytes() {
            return new Key(content.owningItsBytes(), type, useCase);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key)) {
                return false;
            }
            Key other = (Key) o;
            return other.type == type && other.useCase == useCase && other.content.equals(content);
        }

        @Override
        public int hashCode() {
            return content.hashCode();
        }
    }
}
