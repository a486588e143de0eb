package net.claimsnet.storage.jpa.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/** A verified transaction: its id and its SignedTransaction in Corda's storage serialization. */
@Entity
@Table(name = "ledger_transaction")
@NamedQuery(name = LedgerTransactionEntity.COUNT, query = "select count(t) from LedgerTransactionEntity t")
@NamedQuery(name = LedgerTransactionEntity.LATEST,
        query = "select t.txId from LedgerTransactionEntity t order by t.recordedAt desc, t.txId desc")
@NamedQuery(name = LedgerTransactionEntity.RECORDED_SINCE,
        query = "select t.txId from LedgerTransactionEntity t where t.recordedAt >= :since order by t.recordedAt, t.txId")
public class LedgerTransactionEntity {

    static final String COUNT = "LedgerTransaction.count";
    static final String RECORDED_SINCE = "LedgerTransaction.recordedSince";
    static final String LATEST = "LedgerTransaction.latest";

    @Id
    @Column(name = "tx_id", length = 160)
    private String txId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected LedgerTransactionEntity() {
    }

    public String txId() {
        return txId;
    }

    public byte[] content() {
        return content;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
