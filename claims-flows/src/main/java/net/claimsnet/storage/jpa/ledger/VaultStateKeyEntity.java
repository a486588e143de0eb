package net.claimsnet.storage.jpa.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One lookup key of an unconsumed vault state, as its keyed hash ({@code LookupKeyHash}): the index
 * names nobody.
 * A state has as many rows as keys; they are deleted when it is consumed.
 */
@Entity
@Table(name = "vault_state_key")
@NamedQuery(name = VaultStateKeyEntity.DELETE_OF_STATES,
        query = "delete from VaultStateKeyEntity k where k.stateId in :stateIds")
// All keys of a state about to be indexed again (one with keys of an earlier form keeps none of them).
@NamedQuery(name = VaultStateKeyEntity.DELETE_OF_UNINDEXED_STATES,
        query = "delete from VaultStateKeyEntity k where k.stateId in"
                + " (select s.id from VaultStateEntity s where s.keysIndexed = false)")
// States with keys hashed with an older lookup key than the current one (after a rotation).
@NamedQuery(name = VaultStateKeyEntity.STATES_WITH_OLDER_KEYS,
        query = "select distinct k.stateId from VaultStateKeyEntity k where k.lookupKey not like :current order by k.stateId")
@NamedQuery(name = VaultStateKeyEntity.COUNT_STATES_WITH_OLDER_KEYS,
        query = "select count(distinct k.stateId) from VaultStateKeyEntity k where k.lookupKey not like :current")
public class VaultStateKeyEntity {

    static final String STATES_WITH_OLDER_KEYS = "VaultStateKey.statesWithOlderKeys";
    static final String COUNT_STATES_WITH_OLDER_KEYS = "VaultStateKey.countStatesWithOlderKeys";
    static final String DELETE_OF_STATES = "VaultStateKey.deleteOfStates";
    static final String DELETE_OF_UNINDEXED_STATES = "VaultStateKey.deleteOfUnindexedStates";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "state_id", nullable = false)
    private long stateId;

    @Column(name = "lookup_key", length = 64, nullable = false)
    private String lookupKey;

    protected VaultStateKeyEntity() {
    }

    VaultStateKeyEntity(long stateId, String hashedKey) {
        this.stateId = stateId;
        this.lookupKey = hashedKey;
    }

    public long stateId() {
        return stateId;
    }

    public String lookupKey() {
        return lookupKey;
    }
}
