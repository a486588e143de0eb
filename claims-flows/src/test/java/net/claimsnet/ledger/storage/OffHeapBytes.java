package net.claimsnet.ledger.storage;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Byte strings kept outside the Java heap, appended to large direct buffers and read back as
 * copies, for the in-memory stores: a ledger's serialized transactions are most of what an in-JVM
 * network holds, and on the heap every young collection would copy them again, where a database
 * keeps them out of the collector's way. Nothing is ever removed (neither is a transaction).
 */
final class OffHeapBytes {

    private static final int CHUNK = 32 * 1024 * 1024;

    private final List<ByteBuffer> chunks = new ArrayList<>();
    private ByteBuffer current;

    /** Where a byte string was put: its chunk, its offset there, its length. */
    static final class Slot {
        private final int chunk;
        private final int offset;
        private final int length;

        private Slot(int chunk, int offset, int length) {
            this.chunk = chunk;
            this.offset = offset;
            this.length = length;
        }
    }

    synchronized Slot put(byte[] bytes) {
        if (current == null || current.remaining() < bytes.length) {
            current = ByteBuffer.allocateDirect(Math.max(CHUNK, bytes.length));
            chunks.add(current);
        }
        int offset = current.position();
        current.put(bytes);
        return new Slot(chunks.size() - 1, offset, bytes.length);
    }

    byte[] get(Slot slot) {
        byte[] bytes = new byte[slot.length];
        ByteBuffer chunk;
        synchronized (this) {
            chunk = chunks.get(slot.chunk);
        }
        // Absolute reads: the bytes of a slot are written once, before the slot is handed out.
        chunk.get(slot.offset, bytes);
        return bytes;
    }
}
