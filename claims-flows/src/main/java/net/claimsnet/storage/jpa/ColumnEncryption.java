package net.claimsnet.storage.jpa;

/**
 * Port: how the store adapters protect a column value before it reaches the database, and read it
 * back. A value is bound to where it is written (its table and row id): read from anywhere else it
 * fails, so a value copied to another row, or another table, is refused rather than shown as that
 * row's. The adapters call it themselves (not a JPA converter), because several write with native SQL.
 */
public interface ColumnEncryption {

    /** The value to store in {@code table} for the row {@code rowId}; null stays null. */
    byte[] encrypt(byte[] plain, String table, String rowId);

    /**
     * The value stored in {@code table} for {@code rowId}, as it was given to {@link #encrypt}; null
     * stays null.
     *
     * @throws StorageException when the value was altered, moved from another row or table, or
     *                          encrypted with another key
     */
    byte[] decrypt(byte[] stored, String table, String rowId);

    /**
     * Whether a stored value was encrypted with an older generation of the node's column key than the
     * one it now writes with: what the re-encryption pass ({@link ColumnReencryption}) rewrites.
     */
    default boolean isOfOlderKey(byte[] stored) {
        return false;
    }

    /** AES-256-GCM with the node's data key (the JDK's provider: AES-NI where the CPU has it): one generation. */
    static ColumnEncryption aesGcm(ColumnKeys keys) {
        return aesGcm(ColumnKeyRing.of(keys));
    }

    /** AES-256-GCM writing with the ring's current generation and reading every generation it holds. */
    static ColumnEncryption aesGcm(ColumnKeyRing keys) {
        return new AesGcmColumnEncryption(keys);
    }
}
