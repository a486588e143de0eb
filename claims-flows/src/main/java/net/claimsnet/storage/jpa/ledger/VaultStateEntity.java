package net.claimsnet.storage.jpa.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A state in the vault: the serialized StateAndRef and what queries select on (its ref, concrete
 * class, linear id, whether and by which transaction it was consumed). The generated id orders
 * rows as they were recorded, which is the order {@code history} promises.
 *
 * <p>A row without content is a ref this node learned was spent (an input of a transaction it
 * recorded) but never held; should the state arrive later, it arrives consumed.
 */
@Entity
@Table(name = "vault_state")
@NamedQuery(name = VaultStateEntity.BY_REF,
        query = "select s from VaultStateEntity s where s.txId = :txId and s.outputIndex = :outputIndex")
@NamedQuery(name = VaultStateEntity.UNCONSUMED_OF_CLASS,
        query = "select s.id from VaultStateEntity s where s.consumed = false and s.contractStateClass = :stateClass order by s.id")
@NamedQuery(name = VaultStateEntity.UNCONSUMED,
        query = "select s.id from VaultStateEntity s where s.consumed = false and s.content is not null order by s.id")
// Both read from the key's index first, then each of its states by primary key: as "s.id in (select
// ...)" H2 scanned every unconsumed state of the class and tested it against the key's set, for each
// status counted (with 10,000 claims, 40% of a desk page's CPU went to the work list's counts).
@NamedQuery(name = VaultStateEntity.UNCONSUMED_WITH_KEY,
        query = "select distinct s.id from VaultStateKeyEntity k, VaultStateEntity s where k.lookupKey in :lookupKeys"
                + " and s.id = k.stateId and s.consumed = false order by s.id")
@NamedQuery(name = VaultStateEntity.COUNT_UNCONSUMED_WITH_KEY,
        query = "select count(distinct s.id) from VaultStateKeyEntity k, VaultStateEntity s where k.lookupKey in :lookupKeys"
                + " and s.id = k.stateId and s.consumed = false and s.contractStateClass = :stateClass")
@NamedQuery(name = VaultStateEntity.UNCONSUMED_NOT_KEYED,
        query = "select s from VaultStateEntity s where s.consumed = false and s.content is not null and s.keysIndexed = false order by s.id")
@NamedQuery(name = VaultStateEntity.UNCONSUMED_OF_LINEAR_ID,
        query = "select s.id from VaultStateEntity s where s.consumed = false and s.linearId = :linearId order by s.id")
@NamedQuery(name = VaultStateEntity.HISTORY,
        query = "select s.id from VaultStateEntity s where s.linearId = :linearId and s.content is not null order by s.id")
@NamedQuery(name = VaultStateEntity.CONTENTS,
        query = "select s.id, s.txId, s.outputIndex, s.content from VaultStateEntity s where s.id in :ids")
// The keys are matched as hashed with every lookup key the node holds: after a rotation a state is
// found by its older hashes until the re-encryption pass has hashed them again (one row per state
// either way: a state is never indexed under two generations at once).
@NamedQuery(name = VaultStateEntity.BY_IDS,
        query = "select s from VaultStateEntity s where s.id in :ids order by s.id")
// States whose keys were hashed before the node's lookup key (plain SHA-256): indexed again at start.
@NamedQuery(name = VaultStateEntity.UNKEY_STATES_WITH_OLD_KEYS,
        query = "update VaultStateEntity s set s.keysIndexed = false where s.id in"
                + " (select k.stateId from VaultStateKeyEntity k where k.lookupKey not like :current)")
@NamedQuery(name = VaultStateEntity.IS_CONSUMED,
        query = "select count(s) from VaultStateEntity s where s.txId = :txId and s.outputIndex = :outputIndex and s.consumed = true")
public class VaultStateEntity {

    static final String BY_REF = "VaultState.byRef";
    static final String UNCONSUMED_OF_CLASS = "VaultState.unconsumedOfClass";
    static final String UNCONSUMED = "VaultState.unconsumed";
    static final String UNCONSUMED_WITH_KEY = "VaultState.unconsumedWithKey";
    static final String COUNT_UNCONSUMED_WITH_KEY = "VaultState.countUnconsumedWithKey";
    static final String UNCONSUMED_NOT_KEYED = "VaultState.unconsumedNotKeyed";
    static final String UNCONSUMED_OF_LINEAR_ID = "VaultState.unconsumedOfLinearId";
    static final String HISTORY = "VaultState.history";
    static final String IS_CONSUMED = "VaultState.isConsumed";
    static final String CONTENTS = "VaultState.contents";
    static final String UNKEY_STATES_WITH_OLD_KEYS = "VaultState.unkeyStatesWithOldKeys";
    static final String BY_IDS = "VaultState.byIds";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "tx_id", length = 160, nullable = false)
    private String txId;

    @Column(name = "output_index", nullable = false)
    private int outputIndex;

    @Column(name = "contract_state_class")
    private String contractStateClass;

    @Column(name = "linear_id", length = 36)
    private String linearId;

    @Column(name = "content")
    private byte[] content;

    /** Whether the state's lookup keys are in {@link VaultStateKeyEntity}: false until the node has indexed them. */
    @Column(name = "keys_indexed", nullable = false)
    private boolean keysIndexed;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "consumed", nullable = false)
    private boolean consumed;

    @Column(name = "consumed_by", length = 160)
    private String consumedBy;

    @Column(name = "consumed_at")
    private Instant consumedAt;

    protected VaultStateEntity() {
    }

    private VaultStateEntity(String txId, int outputIndex, Instant recordedAt) {
        this.txId = txId;
        this.outputIndex = outputIndex;
        this.recordedAt = recordedAt;
    }

    /** A state this node holds, unconsumed. */
    static VaultStateEntity held(String txId, int outputIndex, String contractStateClass, String linearId,
                                 byte[] content, Instant recordedAt) {
        VaultStateEntity entity = new VaultStateEntity(txId, outputIndex, recordedAt);
        entity.hold(contractStateClass, linearId, content);
        return entity;
    }

    /** A ref known to be spent by a transaction this node recorded, though the node never held it. */
    static VaultStateEntity spentElsewhere(String txId, int outputIndex, String consumedBy, Instant at) {
        VaultStateEntity entity = new VaultStateEntity(txId, outputIndex, at);
        entity.consume(consumedBy, at);
        return entity;
    }

    void hold(String stateClass, String linear, byte[] stateAndRef) {
        this.contractStateClass = stateClass;
        this.linearId = linear;
        this.content = stateAndRef;
    }

    /** Its lookup keys are indexed (or it has none, or it is consumed and needs none). */
    void keysIndexed() {
        this.keysIndexed = true;
    }

    void consume(String byTransaction, Instant at) {
        if (consumed) {
            return;
        }
        this.consumed = true;
        this.consumedBy = byTransaction;
        this.consumedAt = at;
    }

    boolean isHeld() {
        return content != null;
    }

    public Long id() {
        return id;
    }

    public String txId() {
        return txId;
    }

    public int outputIndex() {
        return outputIndex;
    }

    public String contractStateClass() {
        return contractStateClass;
    }

    public String linearId() {
        return linearId;
    }

    public byte[] content() {
        return content;
    }

    public boolean hasKeysIndexed() {
        return keysIndexed;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public boolean consumed() {
        return consumed;
    }

    /** The transaction that consumed the state, when the vault was told (null otherwise). */
    public String consumedBy() {
        return consumedBy;
    }

    public Instant consumedAt() {
        return consumedAt;
    }
}
