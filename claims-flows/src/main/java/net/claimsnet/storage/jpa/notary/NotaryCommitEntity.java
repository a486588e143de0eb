package net.claimsnet.storage.jpa.notary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** One input the notary committed: state ref -> consuming transaction, who asked, when. */
@Entity
@Table(name = "notary_commit")
@IdClass(NotaryCommitKey.class)
@NamedQuery(name = NotaryCommitEntity.BY_CONSUMING_TX,
        query = "select c from NotaryCommitEntity c where c.consumingTxId = :txId order by c.stateTxId, c.stateOutputIndex")
public class NotaryCommitEntity {

    public static final String BY_CONSUMING_TX = "NotaryCommit.byConsumingTx";

    @Id
    @Column(name = "state_tx_id", length = 160)
    private String stateTxId;

    @Id
    @Column(name = "state_output_index")
    private int stateOutputIndex;

    @Column(name = "consuming_tx_id", length = 160, nullable = false)
    private String consumingTxId;

    @Column(name = "requesting_party", nullable = false)
    private String requestingParty;

    @Column(name = "committed_at", nullable = false)
    private Instant committedAt;

    protected NotaryCommitEntity() {
    }

    public NotaryCommitEntity(String stateTxId, int stateOutputIndex, String consumingTxId, String requestingParty,
                              Instant committedAt) {
        this.stateTxId = stateTxId;
        this.stateOutputIndex = stateOutputIndex;
        this.consumingTxId = consumingTxId;
        this.requestingParty = requestingParty;
        this.committedAt = committedAt;
    }

    public String stateTxId() {
        return stateTxId;
    }

    public int stateOutputIndex() {
        return stateOutputIndex;
    }

    public String consumingTxId() {
        return consumingTxId;
    }

    public String requestingParty() {
        return requestingParty;
    }

    public Instant committedAt() {
        return committedAt;
    }
}
