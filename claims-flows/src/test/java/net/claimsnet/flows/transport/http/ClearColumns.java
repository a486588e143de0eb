package net.claimsnet.flows.transport.http;

import net.claimsnet.storage.jpa.ColumnEncryption;

/**
 * Columns written as given: the control of the PHI canary tests, which shows that their scan finds a
 * name that is there (a scan that could find nothing would prove nothing).
 */
final class ClearColumns implements ColumnEncryption {

    @Override
    public byte[] encrypt(byte[] plain, String table, String rowId) {
        return plain;
    }

    @Override
    public byte[] decrypt(byte[] stored, String table, String rowId) {
        return stored;
    }
}
