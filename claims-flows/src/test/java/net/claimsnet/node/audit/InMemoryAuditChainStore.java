package net.claimsnet.node.audit;

import net.claimsnet.node.desk.ClaimAuditEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Audit rows in memory, for in-JVM networks and tests; {@link #tamper} lets a test play the intruder. */
public final class InMemoryAuditChainStore implements AuditChainStore {

    private final List<AuditRow> rows = new ArrayList<>();
    private long nextRowId = 1;
    private ChainHead head = ChainHead.GENESIS;

    @Override
    public synchronized ChainHead head() {
        return head;
    }

    @Override
    public synchronized void append(List<AuditRow> chained) {
        for (AuditRow row : chained) {
            rows.add(new AuditRow(row.seq(), row.event(), row.previousHash(), row.hash(), nextRowId++));
            head = row.head();
        }
    }

    @Override
    public synchronized List<AuditRow> page(long afterSeq, long afterRowId, int max) {
        return rows.stream()
                .filter(r -> r.seq() > afterSeq || r.seq() == afterSeq && r.rowId() > afterRowId)
                .sorted(Comparator.comparingLong(AuditRow::seq).thenComparingLong(AuditRow::rowId))
                .limit(max)
                .toList();
    }

    @Override
    public synchronized List<Long> unchainedRowIds(int max) {
        return rows.stream().filter(r -> r.seq() <= 0).map(AuditRow::rowId).limit(max).toList();
    }

    @Override
    public synchronized List<ClaimAuditEntry> entriesFor(String resourceType, String resourceId, int max) {
        List<ClaimAuditEntry> found = new ArrayList<>();
        for (int i = rows.size() - 1; i >= 0 && found.size() < max; i--) {
            AuditEvent event = rows.get(i).event();
            if (event.resourceType().equals(resourceType) && Objects.equals(event.resourceId(), resourceId)) {
                found.add(new ClaimAuditEntry(event.at(), event.actor(), event.action(), event.resourceId(), event.outcome(),
                        event.detail()));
            }
        }
        return found;
    }

    /** Every row in the order written. */
    public synchronized List<AuditRow> rows() {
        return List.copyOf(rows);
    }

    /** Replaces the rows as an intruder with write access would: the function gets them in order and returns the new list. */
    public synchronized void tamper(UnaryOperator<List<AuditRow>> change) {
        List<AuditRow> changed = change.apply(new ArrayList<>(rows));
        rows.clear();
        rows.addAll(changed);
        head = rows.stream().max(Comparator.comparingLong(AuditRow::seq)).map(AuditRow::head).orElse(ChainHead.GENESIS);
    }
}
