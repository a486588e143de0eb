package net.claimsnet.ledger.serialization;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * Serialized bytes as a map key: equal when the bytes are. Hashed by CRC-32C of every byte (a CPU
 * instruction, unlike a Java hash loop): serialized states, commands and transactions of one kind
 * share most of their bytes (the schema) and differ in a few, wherever those are, so a hash of
 * sampled bytes let such keys collide. Equal hashes are only candidates, compared in full.
 */
final class SerializedContent {

    private final ByteBuffer bytes;
    private final int hash;

    private SerializedContent(ByteBuffer bytes, int hash) {
        this.bytes = bytes;
        this.hash = hash;
    }

    /** A key over these bytes as they are: the caller does not change them while the key is in use. */
    static SerializedContent of(ByteBuffer bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes.duplicate());
        return new SerializedContent(bytes, (int) crc.getValue());
    }

    static SerializedContent of(byte[] bytes) {
        return of(ByteBuffer.wrap(bytes));
    }

    /** The same key over a copy of the bytes, which no caller can change afterwards. */
    SerializedContent owningItsBytes() {
        byte[] copy = new byte[bytes.remaining()];
        bytes.duplicate().get(copy);
        return new SerializedContent(ByteBuffer.wrap(copy).asReadOnlyBuffer(), hash);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SerializedContent && ((SerializedContent) o).hash == hash
                && ((SerializedContent) o).bytes.equals(bytes);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
