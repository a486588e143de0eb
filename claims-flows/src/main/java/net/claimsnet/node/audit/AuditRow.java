package net.claimsnet.node.audit;

/**
 * One row of the chain: its event, its sequence number (1, 2, 3, ... without gaps), the hash of the
 * row before it and its own hash over both. {@code rowId} is where the store keeps it (the table's
 * primary key), 0 for a row not stored yet.
 */
public record AuditRow(long seq, AuditEvent event, String previousHash, String hash, long rowId) {

    /** The row that follows the head. */
    public static AuditRow after(ChainHead head, AuditEvent event) {
        long seq = head.seq() + 1;
        return new AuditRow(seq, event, head.hash(), AuditRowHash.of(seq, event, head.hash()), 0);
    }

    /** Whether the row's fields and link still give its stored hash. */
    public boolean hashMatches() {
        return hash != null && hash.equals(AuditRowHash.of(seq, event, previousHash));
    }

    /** Whether the row's fields would give its stored hash had it the number {@code otherSeq}: it was renumbered. */
    boolean hashMatchesAt(long otherSeq) {
        return hash != null && hash.equals(AuditRowHash.of(otherSeq, event, previousHash));
    }

    public ChainHead head() {
        return new ChainHead(seq, hash);
    }
}
