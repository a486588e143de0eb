package net.claimsnet.flows.engine;

import java.io.ByteArrayOutputStream;

/**
 * The buffer a thread encodes checkpoints into, reused from one checkpoint to the next: only the
 * finished checkpoint is copied out. A buffer that grew past {@link #KEPT_CAPACITY} (a flow holding
 * unusually large transactions) is not kept, so a thread never holds more than that.
 */
final class CheckpointBuffer extends ByteArrayOutputStream {

    private static final int INITIAL_CAPACITY = 64 * 1024;
    private static final int KEPT_CAPACITY = 4 * 1024 * 1024;
    private static final ThreadLocal<CheckpointBuffer> BUFFERS = ThreadLocal.withInitial(CheckpointBuffer::new);

    private CheckpointBuffer() {
        super(INITIAL_CAPACITY);
    }

    /** This thread's buffer, emptied. */
    static CheckpointBuffer forThisThread() {
        CheckpointBuffer buffer = BUFFERS.get();
        if (buffer.buf.length > KEPT_CAPACITY) {
            buffer = new CheckpointBuffer();
            BUFFERS.set(buffer);
        }
        buffer.reset();
        return buffer;
    }
}
