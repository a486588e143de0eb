package net.claimsnet.storage.jpa;

/**
 * Column keys made in memory for the tests, one pair per test JVM: every store of a test opened over
 * the same database reads what another wrote, as a node's stores do with the keys of its keystore.
 */
public final class TestColumns {

    public static final ColumnKeys KEYS = ColumnKeys.generate();
    public static final ColumnEncryption ENCRYPTION = ColumnEncryption.aesGcm(KEYS);
    public static final LookupKeyHash LOOKUP = LookupKeyHash.with(KEYS);

    private TestColumns() {
    }
}
