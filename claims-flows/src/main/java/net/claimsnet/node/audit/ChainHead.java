package net.claimsnet.node.audit;

/** The newest row of a chain: its sequence number and hash (row 0 and 64 zeros before the first row). */
public record ChainHead(long seq, String hash) {

    public static final ChainHead GENESIS = new ChainHead(0, AuditRowHash.GENESIS);
}
