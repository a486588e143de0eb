package net.claimsnet.storage.jpa.ledger;

import jakarta.persistence.EntityManager;
import net.claimsnet.ledger.storage.VaultLookupKey;
import net.claimsnet.ledger.storage.VaultStore;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.corda.core.contracts.ContractState;
import net.corda.core.contracts.LinearState;
import net.corda.core.contracts.StateAndRef;
import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;

import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The vault in the database. {@link #apply} runs in one transaction, so a recorded transaction's
 * inputs are consumed and its outputs held together or not at all. Each state's
 * {@link VaultLookupKey} is kept hashed (SHA-256), indexed: the index names no member.
 */
public final class JpaVaultStore implements VaultStore {

    /** The lookup key of a state that has none: such rows are not indexed again at the next start. */
    private static final String NO_KEY = "";

    /** States decoded lately: enough for the members a busy insurer handles at once. */
    private static final int DECODED_STATES_KEPT = 20_000;

    private final DatabaseTransactions database;
    private final VaultLookupKey lookupKey;
    private final DecodedStates decoded = new DecodedStates(DECODED_STATES_KEPT);

    /** A vault that indexes no lookup key. */
    public JpaVaultStore(DatabaseTransactions database) {
        this(database, VaultLookupKey.NONE);
    }

    public JpaVaultStore(DatabaseTransactions database, VaultLookupKey lookupKey) {
        this.database = Objects.requireNonNull(database, "database");
        this.lookupKey = Objects.requireNonNull(lookupKey, "lookupKey");
    }

    /**
     * Gives the unconsumed states recorded before the vault had a lookup key (or by a vault that
     * indexed none) their key; a node does it as it starts. Returns how many it indexed.
     */
    public int indexLookupKeys() {
        if (lookupKey == VaultLookupKey.NONE) {
            return 0;
        }
        return database.inTransaction(em -> {
            List<VaultStateEntity> rows = em.createNamedQuery(VaultStateEntity.UNCONSUMED_NOT_KEYED, VaultStateEntity.class)
                    .getResultList();
            for (VaultStateEntity row : rows) {
                StateAndRef<?> state = StorageSerialization.deserialize(row.content(), StateAndRef.class, "vault state");
                row.indexAs(hashedKeyOf(state.getState().getData()));
            }
            return rows.size();
        });
    }

    @Override
    public void apply(Collection<StateRef> consumed, Collection<StateAndRef<ContractState>> produced) {
        List<VaultStateEntity> fresh = new ArrayList<>(produced.size());
        for (StateAndRef<ContractState> state : produced) {
            fresh.add(toEntity(state));
        }
        String consumingTx = consumingTransaction(produced);
        database.run(em -> {
            Instant now = Instant.now();
            for (VaultStateEntity state : fresh) {
                VaultStateEntity existing = byRef(em, state.txId(), state.outputIndex());
                if (existing == null) {
                    em.persist(state);
                } else if (!existing.isHeld()) {
                    existing.hold(state.contractStateClass(), state.linearId(), state.lookupKey(), state.content());
                }
            }
            // Outputs are flushed first so that a ref both produced and consumed here is found below.
            em.flush();
            for (StateRef ref : consumed) {
                String txId = ref.getTxhash().toString();
                VaultStateEntity existing = byRef(em, txId, ref.getIndex());
                if (existing == null) {
                    em.persist(VaultStateEntity.spentElsewhere(txId, ref.getIndex(), consumingTx, now));
                } else {
                    existing.consume(consumingTx, now);
                }
            }
        });
    }

    @Override
    public <T extends ContractState> List<StateAndRef<T>> unconsumed(Class<T> type) {
        List<Row> rows = database.inTransaction(em -> contents(isExactClass(type)
                ? em.createNamedQuery(VaultStateEntity.UNCONSUMED_OF_CLASS, VaultStateEntity.class)
                        .setParameter("stateClass", type.getName()).getResultList()
                : em.createNamedQuery(VaultStateEntity.UNCONSUMED, VaultStateEntity.class).getResultList()));
        return ofType(rows, type);
    }

    @Override
    public <T extends ContractState> List<StateAndRef<T>> unconsumedWithKey(Class<T> type, String key) {
        if (lookupKey == VaultLookupKey.NONE) {
            throw new IllegalStateException("This vault indexes no lookup key");
        }
        List<Row> rows = database.inTransaction(em -> contents(
                em.createNamedQuery(VaultStateEntity.UNCONSUMED_WITH_KEY, VaultStateEntity.class)
                        .setParameter("lookupKey", hash(key)).getResultList()));
        return ofType(rows, type);
    }

    @Override
    public <T extends LinearState> Optional<StateAndRef<T>> latest(UniqueIdentifier linearId, Class<T> type) {
        List<Row> rows = database.inTransaction(em -> contents(
                em.createNamedQuery(VaultStateEntity.UNCONSUMED_OF_LINEAR_ID, VaultStateEntity.class)
                        .setParameter("linearId", linearId.getId().toString()).getResultList()));
        return ofType(rows, type).stream().findFirst();
    }

    @Override
    public boolean isConsumed(StateRef ref) {
        return database.inTransaction(em -> em.createNamedQuery(VaultStateEntity.IS_CONSUMED, Long.class)
                .setParameter("txId", ref.getTxhash().toString())
                .setParameter("outputIndex", ref.getIndex())
                .getSingleResult() > 0);
    }

    @Override
    public <T extends LinearState> List<StateAndRef<T>> history(UniqueIdentifier linearId, Class<T> type) {
        List<Row> rows = database.inTransaction(em -> contents(
                em.createNamedQuery(VaultStateEntity.HISTORY, VaultStateEntity.class)
                        .setParameter("linearId", linearId.getId().toString()).getResultList()));
        return ofType(rows, type);
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
        return VaultStateEntity.held(state.getRef().getTxhash().toString(), state.getRef().getIndex(),
                data.getClass().getName(), linearId, hashedKeyOf(data), StorageSerialization.serialize(state), Instant.now());
    }

    /** Null on a vault without lookup key, so that a key given later indexes the row at the next start. */
    private String hashedKeyOf(ContractState data) {
        if (lookupKey == VaultLookupKey.NONE) {
            return null;
        }
        String key = lookupKey.of(data);
        return key == null ? NO_KEY : hash(key);
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
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

    /** A vault row as read: its id (which names its content for good) and the serialized StateAndRef. */
    private record Row(long id, byte[] content) {
    }

    private static List<Row> contents(List<VaultStateEntity> rows) {
        List<Row> contents = new ArrayList<>(rows.size());
        for (VaultStateEntity row : rows) {
            contents.add(new Row(row.id(), row.content()));
        }
        return contents;
    }

    @SuppressWarnings("unchecked")
    private <T extends ContractState> List<StateAndRef<T>> ofType(List<Row> rows, Class<T> type) {
        List<StateAndRef<T>> result = new ArrayList<>(rows.size());
        for (Row row : rows) {
            StateAndRef<?> state = decoded.get(row.id(),
                    () -> StorageSerialization.deserialize(row.content(), StateAndRef.class, "vault state"));
            if (type.isInstance(state.getState().getData())) {
                result.add((StateAndRef<T>) state);
            }
        }
        return result;
    }
}
