package net.claimsnet.storage.jpa;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A column the store adapters encrypt, as the re-encryption pass finds its rows: the table's primary
 * key (to walk it in order, a batch at a time) and the columns whose values, joined, make the row id the
 * adapter binds each value to (its associated data). {@link #ALL} must name every column an adapter
 * encrypts; {@code ColumnKeyRotationContract} proves each one is rewritten and still read by its adapter.
 */
public record EncryptedColumn(String table, String column, List<String> keyColumns, List<String> rowIdColumns,
                              String rowIdSeparator) {

    /** Every encrypted column, with the row id its adapter uses (see the adapters' {@code rowId} methods). */
    public static final List<EncryptedColumn> ALL = List.of(
            byId("ledger_transaction", "content", "tx_id"),
            new EncryptedColumn("vault_state", "content", List.of("id"), List.of("tx_id", "output_index"), ":"),
            new EncryptedColumn("torn_off_transaction", "content", List.of("tx_id", "content_hash"),
                    List.of("tx_id", "content_hash"), "/"),
            byId("attachment", "content", "attachment_id"),
            byId("audit_tear_off", "content", "tx_id"),
            byId("flow_checkpoint", "state", "flow_id"),
            byId("finished_session", "unacknowledged", "session_id"),
            byId("outbox_message", "payload", "message_id"),
            byId("inbox_message", "payload", "message_id"),
            new EncryptedColumn("api_idempotency_key", "response_body", List.of("username", "idempotency_key"),
                    List.of("username", "idempotency_key"), "\n"));

    public EncryptedColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        keyColumns = List.copyOf(keyColumns);
        rowIdColumns = List.copyOf(rowIdColumns);
        Objects.requireNonNull(rowIdSeparator, "rowIdSeparator");
    }

    private static EncryptedColumn byId(String table, String column, String id) {
        return new EncryptedColumn(table, column, List.of(id), List.of(id), "");
    }

    /** The row id a value of this column is bound to, from the row id columns' values in their order. */
    String rowId(List<Object> rowIdValues) {
        return rowIdValues.stream().map(String::valueOf).collect(Collectors.joining(rowIdSeparator));
    }

    /** Key columns, row id columns and the value, of the next {@code batch} rows after a key (or from the start). */
    String selectBatch(boolean afterKey) {
        String keys = String.join(", ", keyColumns);
        String where = afterKey ? " where (" + keys + ") > (" + placeholders(1, keyColumns.size()) + ")" : "";
        return "select " + keys + ", " + String.join(", ", rowIdColumns) + ", " + column + " from " + table
                + where + " order by " + keys;
    }

    /**
     * Replaces a value only if the row still holds the one read (a value the node rewrote meanwhile is
     * already current): ?1 the new value, then the key columns, then the value read.
     */
    String updateIfUnchanged() {
        StringBuilder sql = new StringBuilder("update ").append(table).append(" set ").append(column).append(" = ?1 where ");
        for (int i = 0; i < keyColumns.size(); i++) {
            sql.append(keyColumns.get(i)).append(" = ?").append(i + 2).append(" and ");
        }
        return sql.append(column).append(" = ?").append(keyColumns.size() + 2).toString();
    }

    private static String placeholders(int first, int count) {
        return java.util.stream.IntStream.range(first, first + count).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
    }
}
