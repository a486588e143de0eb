package net.claimsnet.storage.jpa;

/**
 * Column keys made in memory for the tests, one pair per test JVM: every store of a test opened over
 * the same database reads what another wrote, as a node's stores do with the keys of its keystore.
 */
public final class TestColumns {

    public static final ColumnKeys KEYS = ColumnKeys.generate();
    public static final ColumnEncryption ENCRYPTION = ColumnEncryption.aesGcm(KEYS);
    public static final LookupKeyHash LOOKUP = LookupKeyHash.with(KEYS);

    /**
     * Values written as given and read as stored. For tests that write into the database of a node
     * running in Payara, which has the keys of its own keystore: it reads clear values as rows written
     * before column encryption, where a value under another key would fail. And the canaries' control.
     */
    public static final ColumnEncryption CLEAR = new ColumnEncryption() {
        @Override
        public byte[] encrypt(byte[] plain, String table, String rowId) {
            return plain;
        }

        @Override
        public byte[] decrypt(byte[] stored, String table, String rowId) {
            return stored;
        }
    };

    private TestColumns() {
    }
}
