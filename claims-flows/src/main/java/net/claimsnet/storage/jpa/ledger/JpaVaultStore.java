package net.claimsnet.storage.jpa.ledger;

import jakarta.persistence.EntityManager;
import net.claimsnet.ledger.storage.VaultLookupKey;
import net.claimsnet.ledger.storage.VaultStore;
import net.claimsnet.storage.jpa.ColumnEncryption;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.LookupKeyHash;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.LinearState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;

import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The vault in the database. {@link #apply} runs in one transaction, so a recorded transaction's
 * inputs are consumed and its outputs held together or not at all. Each unconsumed state's
 * {@link VaultLookupKey} keys are kept as keyed hashes ({@link LookupKeyHash}, HMAC-SHA256 under the
 * node's lookup key) in an indexed table of their own: the index names no member and no claim, and
 * cannot be searched by hashing guesses. Each state's content is encrypted with the node's column key,
 * bound to its ref ({@link #rowId}).
 */
public final class JpaVaultStore implements VaultStore {

    /** States decoded lately: enough for the members a busy insurer handles at once. */
    private static final int DECODED_STATES_KEPT = 20_000;
    /** Row contents read by one query: a list of ids short enough for any database's parameter limit. */
    private static final int CONTENTS_PER_QUERY = 500;

    static final String TABLE = "vault_state";

    private final DatabaseTransactions database;
    private final VaultLookupKey lookupKey;
    private final ColumnEncryption columns;
    private final LookupKeyHash keyHash;
    private final DecodedStates decoded = new DecodedStates(DECODED_STATES_KEPT);
    /**
     * Query results kept while nothing changes the vault: how many different queries are remembered
     * (lists, counts, and each claim's latest version and history that desk pages open).
     */
    private static final int READS_KEPT = 1024;
    private final VaultReads reads = new VaultReads(READS_KEPT);
    /** Transactions that changed the vault and committed, counted once each has committed. */
    private final AtomicLong committedChanges = new AtomicLong();
    /**
     * Set on a thread whose open transaction changed the vault: its own reads must see its writes, so
     * they skip the memo until that transaction has committed. Left set if it rolls back, which costs
     * that thread only queries, never a stale answer.
     */
    private final ThreadLocal<Boolean> changingTheVault = new ThreadLocal<>();

    /** A vault that indexes no lookup key. */
    public JpaVaultStore(DatabaseTransactions database, ColumnEncryption columns, LookupKeyHash keyHash) {
        this(database, VaultLookupKey.NONE, columns, keyHash);
    }

    public JpaVaultStore(DatabaseTransactions database, VaultLookupKey lookupKey, ColumnEncryption columns, LookupKeyHash keyHash) {
        this.database = Objects.requireNonNull(database, "database");
        this.lookupKey = Objects.requireNonNull(lookupKey, "lookupKey");
        this.columns = Objects.requireNonNull(columns, "columns");
        this.keyHash = Objects.requireNonNull(keyHash, "keyHash");
    }

    /**
     * Gives the unconsumed states recorded before the vault had its lookup keys (or by a vault that
     * indexed none), or whose keys were hashed otherwise than with the node's lookup key (plain SHA-256
     * before column encryption), their keys; a node does it as it starts. Returns how many states it indexed.
     */
    public int indexLookupKeys() {
        if (lookupKey == VaultLookupKey.NONE) {
            return 0;
        }
        return database.inTransaction(em -> {
            // Keyed hashes of any generation start with "k"; plain SHA-256 in hex never does.
            String keyed = "k%";
            em.createNamedQuery(VaultStateEntity.UNKEY_STATES_WITH_OLD_KEYS).setParameter("current", keyed).executeUpdate();
            em.createNamedQuery(VaultStateKeyEntity.DELETE_OF_UNINDEXED_STATES).executeUpdate();
            List<VaultStateEntity> rows = em.createNamedQuery(VaultStateEntity.UNCONSUMED_NOT_KEYED, VaultStateEntity.class)
                    .getResultList();
            for (VaultStateEntity row : rows) {
                byte[] content = columns.decrypt(row.content(), TABLE, rowId(row.txId(), row.outputIndex()));
                StateAndRef<?> state = StorageSerialization.deserialize(content, StateAndRef.class, "vault state");
                indexKeys(em, row, state.getState().getData());
            }
            database.afterCommit(committedChanges::incrementAndGet);
            return rows.size();
        });
    }

    /**
     * After a rotation of the column keys: hashes again, with the current lookup key, the keys of up to
     * {@code batch} states whose keys were hashed with an older one, in one transaction. Until then
     * look-ups find them by their older hashes. Returns how many states it did (0: none is left).
     */
    public int hashKeysAgain(int batch) {
        if (lookupKey == VaultLookupKey.NONE) {
            return 0;
        }
        return database.inTransaction(em -> {
            List<Long> ids = em.createNamedQuery(VaultStateKeyEntity.STATES_WITH_OLDER_KEYS, Long.class)
                    .setParameter("current", keyHash.currentPrefix() + "%").setMaxResults(batch).getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            em.createNamedQuery(VaultStateKeyEntity.DELETE_OF_STATES).setParameter("stateIds", ids).executeUpdate();
            for (VaultStateEntity row : em.createNamedQuery(VaultStateEntity.BY_IDS, VaultStateEntity.class)
                    .setParameter("ids", ids).getResultList()) {
                byte[] content = columns.decrypt(row.content(), TABLE, rowId(row.txId(), row.outputIndex()));
                StateAndRef<?> state = StorageSerialization.deserialize(content, StateAndRef.class, "vault state");
                indexKeys(em, row, state.getState().getData());
            }
            database.afterCommit(committedChanges::incrementAndGet);
            return ids.size();
        });
    }

    /** How many states still have keys hashed with an older lookup key than the current one. */
    public long statesWithOlderKeys() {
        return database.inTransaction(em -> em.createNamedQuery(VaultStateKeyEntity.COUNT_STATES_WITH_OLDER_KEYS, Long.class)
                .setParameter("current", keyHash.currentPrefix() + "%").getSingleResult());
    }

    @Override
    public void apply(Collection<StateRef> consumed, Collection<StateAndRef<ContractState>> produced) {
        List<VaultStateEntity> fresh = new ArrayList<>(produced.size());
        List<ContractState> freshData = new ArrayList<>(produced.size());
        for (StateAndRef<ContractState> state : produced) {
            fresh.add(toEntity(state));
            freshData.add(state.getState().getData());
        }
        String consumingTx = consumingTransaction(produced);
        database.run(em -> {
            // Counted once the transaction that records this (possibly the caller's) has committed.
            changingTheVault.set(Boolean.TRUE);
            database.afterCommit(() -> {
                committedChanges.incrementAndGet();
                changingTheVault.remove();
            });
            Instant now = Instant.now();
            for (int i = 0; i < fresh.size(); i++) {
                VaultStateEntity state = fresh.get(i);
                VaultStateEntity existing = byRef(em, state.txId(), state.outputIndex());
                if (existing == null) {
                    em.persist(state);
                    indexKeys(em, state, freshData.get(i));
                } else if (!existing.isHeld()) {
                    // Learnt spent before it arrived: it arrives consumed, and needs no keys.
                    existing.hold(state.contractStateClass(), state.linearId(), state.content());
                    existing.keysIndexed();
                }
            }
            // Outputs are flushed first so that a ref both produced and consumed here is found below.
            em.flush();
            List<Long> nowConsumed = new ArrayList<>(consumed.size());
            for (StateRef ref : consumed) {
                String txId = ref.getTxhash().toString();
                VaultStateEntity existing = byRef(em, txId, ref.getIndex());
                if (existing == null) {
                    VaultStateEntity spent = VaultStateEntity.spentElsewhere(txId, ref.getIndex(), consumingTx, now);
                    spent.keysIndexed();
                    em.persist(spent);
                } else if (!existing.consumed()) {
                    existing.consume(consumingTx, now);
                    nowConsumed.add(existing.id());
                }
            }
            // Only unconsumed states are looked up by key.
            if (!nowConsumed.isEmpty()) {
                em.createNamedQuery(VaultStateKeyEntity.DELETE_OF_STATES).setParameter("stateIds", nowConsumed).executeUpdate();
            }
        });
    }

    @Override
    public <T extends ContractState> List<StateAndRef<T>> unconsumed(Class<T> type) {
        return remembered("unconsumed " + type.getName(), () -> List.copyOf(read(type, em -> isExactClass(type)
                ? em.createNamedQuery(VaultStateEntity.UNCONSUMED_OF_CLASS, Long.class)
                        .setParameter("stateClass", type.getName()).getResultList()
                : em.createNamedQuery(VaultStateEntity.UNCONSUMED, Long.class).getResultList())));
    }

    @Override
    public <T extends ContractState> List<StateAndRef<T>> unconsumedWithKey(Class<T> type, String key) {
        if (lookupKey == VaultLookupKey.NONE) {
            throw new IllegalStateException("This vault indexes no lookup key");
        }
        String hashed = hash(key);
        return remembered("with key " + type.getName() + " " + hashed,
                () -> List.copyOf(read(type, em -> em.createNamedQuery(VaultStateEntity.UNCONSUMED_WITH_KEY, Long.class)
                        .setParameter("lookupKeys", keyHash.hashes(key)).getResultList())));
    }

    @Override
    public long countUnconsumedWithKey(Class<? extends ContractState> type, String key) {
        if (lookupKey == VaultLookupKey.NONE) {
            throw new IllegalStateException("This vault indexes no lookup key");
        }
        String hashed = hash(key);
        return remembered("count " + type.getName() + " " + hashed,
                () -> database.inTransaction(em -> em.createNamedQuery(VaultStateEntity.COUNT_UNCONSUMED_WITH_KEY, Long.class)
                        .setParameter("lookupKeys", keyHash.hashes(key)).setParameter("stateClass", type.getName())
                        .getSingleResult()));
    }

    @Override
    public <T extends LinearState> Optional<StateAndRef<T>> latest(UniqueIdentifier linearId, Class<T> type) {
        List<StateAndRef<T>> latest = remembered("latest " + type.getName() + " " + linearId.getId(),
                () -> List.copyOf(read(type, em -> em.createNamedQuery(VaultStateEntity.UNCONSUMED_OF_LINEAR_ID, Long.class)
                        .setParameter("linearId", linearId.getId().toString()).getResultList())));
        return latest.stream().findFirst();
    }

    @Override
    public boolean isConsumed(StateRef ref) {
        return database.inTransaction(em -> em.createNamedQuery(VaultStateEntity.IS_CONSUMED, Long.class)
                .setParameter("txId", ref.getTxhash().toString())
                .setParameter("outputIndex", ref.getIndex())
                .getSingleResult() > 0);
    }

    @Override
    public boolean holds(StateRef ref) {
        return database.inTransaction(em -> {
            VaultStateEntity row = byRef(em, ref.getTxhash().toString(), ref.getIndex());
            return row != null && row.isHeld();
        });
    }

    @Override
    public <T extends LinearState> List<StateAndRef<T>> history(UniqueIdentifier linearId, Class<T> type) {
        return remembered("history " + type.getName() + " " + linearId.getId(),
                () -> List.copyOf(read(type, em -> em.createNamedQuery(VaultStateEntity.HISTORY, Long.class)
                        .setParameter("linearId", linearId.getId().toString()).getResultList())));
    }

    /** A query's result from the memo of committed reads, unless this thread's transaction is changing the vault. */
    private <R> R remembered(String key, Supplier<R> read) {
        long changesBefore = committedChanges.get();
        return changingTheVault.get() == null ? reads.get(changesBefore, key, read) : read.get();
    }

    private static VaultStateEntity byRef(EntityManager em, String txId, int outputIndex) {
        return em.createNamedQuery(VaultStateEntity.BY_REF, VaultStateEntity.class)
                .setParameter("txId", txId)
                .setParameter("outputIndex", outputIndex)
                .getResultStream().findFirst().orElse(null);
    }

    private VaultStateEntity toEntity(StateAndRef<ContractState> state) {
        ContractState data = state.getState().getData();
        String linearId = data instanceof LinearState ? ((LinearState) data).getLinearId().getId().toString() : null;
        String txId = state.getRef().getTxhash().toString();
        int outputIndex = state.getRef().getIndex();
        byte[] content = columns.encrypt(StorageSerialization.serialize(state), TABLE, rowId(txId, outputIndex));
        return VaultStateEntity.held(txId, outputIndex, data.getClass().getName(), linearId, content, Instant.now());
    }

    /**
     * Writes the keys of a held, unconsumed state. On a vault without lookup keys the state is left
     * unindexed, so that keys given later index it at the next start.
     */
    private void indexKeys(EntityManager em, VaultStateEntity row, ContractState data) {
        if (lookupKey == VaultLookupKey.NONE) {
            return;
        }
        for (String key : lookupKey.keysOf(data)) {
            em.persist(new VaultStateKeyEntity(row.id(), hash(key)));
        }
        row.keysIndexed();
    }

    private String hash(String key) {
        return keyHash.hash(key);
    }

    /** What a state's content is bound to: its ref, which names one row of the vault for good. */
    static String rowId(String txId, int outputIndex) {
        return txId + ":" + outputIndex;
    }

    /**
     * The port does not name the consuming transaction; the outputs recorded with the inputs come
     * from it, so their transaction id is it. Without outputs it stays unknown (null).
     */
    private static String consumingTransaction(Collection<StateAndRef<ContractState>> produced) {
        Set<SecureHash> ids = new HashSet<>();
        for (StateAndRef<ContractState> state : produced) {
            ids.add(state.getRef().getTxhash());
        }
        return ids.size() == 1 ? ids.iterator().next().toString() : null;
    }

    /**
     * A final class can be matched on its name in SQL; an interface or an open class (ContractState,
     * LinearState...) can be implemented by any stored class, so those rows are checked in Java.
     */
    private static boolean isExactClass(Class<?> type) {
        return !type.isInterface() && Modifier.isFinal(type.getModifiers());
    }

    /**
     * The states of the rows a query names, in its order, of the given type. The query selects row ids
     * only; the contents are read just for the rows not decoded already, in the same database
     * transaction, as plain values (no managed entity, so no copy of each content for a dirty check
     * that a read never needs). A desk listing 10,000 claims, or a flow reading a member's states,
     * reads the ids and finds the states decoded.
     */
    @SuppressWarnings("unchecked")
    private <T extends ContractState> List<StateAndRef<T>> read(Class<T> type, Function<EntityManager, List<Long>> rowIds) {
        Map<Long, StateAndRef<?>> found = new HashMap<>();
        Map<Long, byte[]> contents = new HashMap<>();
        List<Long> ids = database.inTransaction(em -> {
            List<Long> named = rowIds.apply(em);
            List<Long> undecoded = new ArrayList<>();
            for (Long id : named) {
                StateAndRef<?> known = decoded.peek(id);
                if (known == null) {
                    undecoded.add(id);
                } else {
                    found.put(id, known);
                }
            }
            contents.putAll(contentsOf(em, undecoded));
            return named;
        });
        List<StateAndRef<T>> result = new ArrayList<>(ids.size());
        for (Long id : ids) {
            StateAndRef<?> state = found.get(id);
            if (state == null) {
                state = decoded.get(id, () -> StorageSerialization.deserialize(contents.get(id), StateAndRef.class, "vault state"));
            }
            if (type.isInstance(state.getState().getData())) {
                result.add((StateAndRef<T>) state);
            }
        }
        return result;
    }

    /** The contents of the given rows, read in slices that keep each query's parameter list short. */
    private Map<Long, byte[]> contentsOf(EntityManager em, List<Long> ids) {
        Map<Long, byte[]> contents = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CONTENTS_PER_QUERY) {
            List<Object[]> rows = em.createNamedQuery(VaultStateEntity.CONTENTS, Object[].class)
                    .setParameter("ids", ids.subList(from, Math.min(from + CONTENTS_PER_QUERY, ids.size())))
                    .getResultList();
            for (Object[] row : rows) {
                contents.put((Long) row[0], columns.decrypt((byte[]) row[3], TABLE, rowId((String) row[1], (Integer) row[2])));
            }
        }
        return contents;
    }
}
