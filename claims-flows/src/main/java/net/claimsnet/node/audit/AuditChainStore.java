package net.claimsnet.node.audit;

import net.claimsnet.node.desk.ClaimAuditEntry;

import java.util.List;

/** Port: where a node's audit rows are kept (the audit_log table; in memory for tests). */
public interface AuditChainStore {

    /** The newest chained row, or {@link ChainHead#GENESIS} for an empty chain. */
    ChainHead head();

    /** Writes the rows, already chained, in one transaction: all of them or none. */
    void append(List<AuditRow> rows);

    /** Chained rows after the given position, by sequence number then row id, at most {@code max}. */
    List<AuditRow> page(long afterSeq, long afterRowId, int max);

    /** The ids of rows that have no sequence number: rows the chain never had. */
    List<Long> unchainedRowIds(int max);

    /** The newest rows naming the resource, newest first. */
    List<ClaimAuditEntry> entriesFor(String resourceType, String resourceId, int max);

    /**
     * Rows written before the log was chained: chains them, in the order written, if the chain has no
     * row yet (once, at the first start after the upgrade). Later, a row without a number is an
     * insertion and is left for the check to report. Returns how many rows it chained.
     */
    default long chainRowsFromBeforeTheChain() {
        return 0;
    }
}
