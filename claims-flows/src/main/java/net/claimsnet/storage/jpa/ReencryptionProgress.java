package net.claimsnet.storage.jpa;

/**
 * How far the re-encryption pass after a column key rotation has come: the generation it writes with,
 * the table it is in, the rows it has looked at and rewritten, the values it could not decrypt, and the
 * vault states whose look-up keys it hashed again. Immutable: each step makes a new one.
 *
 * @param refused values that did not decrypt (altered?) and were left as they are: while any is left,
 *                the older key generation is still in use
 */
public record ReencryptionProgress(int generation, String table, long rowsChecked, long rowsRewritten, long refused,
                                   long statesRehashed, boolean finished) {

    static ReencryptionProgress notStarted(int generation) {
        return new ReencryptionProgress(generation, "", 0, 0, 0, 0, false);
    }

    ReencryptionProgress inTable(String next) {
        return new ReencryptionProgress(generation, next, rowsChecked, rowsRewritten, refused, statesRehashed, false);
    }

    ReencryptionProgress plus(long checked, long rewritten, long refusedNow) {
        return new ReencryptionProgress(generation, table, rowsChecked + checked, rowsRewritten + rewritten,
                refused + refusedNow, statesRehashed, false);
    }

    ReencryptionProgress plusRehashed(long states) {
        return new ReencryptionProgress(generation, table, rowsChecked, rowsRewritten, refused, statesRehashed + states, false);
    }

    ReencryptionProgress done() {
        return new ReencryptionProgress(generation, "", rowsChecked, rowsRewritten, refused, statesRehashed, true);
    }

    /** For the log and the readiness check; names tables, never rows. */
    public String describe() {
        String where = finished ? "finished" : table.isEmpty() ? "not started" : "in " + table;
        return "key generation " + generation + ", " + where + ": " + rowsChecked + " rows checked, " + rowsRewritten
                + " values re-encrypted, " + statesRehashed + " states' look-up keys hashed again"
                + (refused > 0 ? ", " + refused + " values that do not decrypt left as they are" : "");
    }
}
