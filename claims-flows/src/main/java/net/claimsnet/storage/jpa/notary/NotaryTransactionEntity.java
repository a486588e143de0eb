package net.claimsnet.storage.jpa.notary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A transaction the notary committed, with who asked: also one without inputs (a time-window-only request). */
@Entity
@Table(name = "notary_transaction")
public class NotaryTransactionEntity {

    @Id
    @Column(name = "tx_id", length = 160)
    private String txId;

    @Column(name = "requesting_party", nullable = false)
    private String requestingParty;

    @Column(name = "committed_at", nullable = false)
    private Instant committedAt;

    protected NotaryTransactionEntity() {
    }

    public NotaryTransactionEntity(String txId, String requestingParty, Instant committedAt) {
        this.txId = txId;
        this.requestingParty = requestingParty;
        this.committedAt = committedAt;
    }

    public String txId() {
        return txId;
    }

    public String requestingParty() {
        return requestingParty;
    }

    public Instant committedAt() {
        return committedAt;
    }
}
