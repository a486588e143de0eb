package net.claimsnet.flows.engine;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The bytes of a flow's checkpoint, format 1: root flow name, start time, whether it started, the
 * frames (field by field, by {@link ObjectCodec}), the sessions, the wait, the back chain being
 * resolved and the held locks. Nodes restart from checkpoints already written, so the layout may
 * only change with a new format number while the old one stays readable.
 *
 * <p>One per fiber: its codec reuses the bytes of values that stayed in the flow since the last checkpoint.
 */
final class CheckpointFormat {

    static final int FORMAT = 1;

    private final ObjectCodec codec = new ObjectCodec();

    byte[] encode(String flowId, FlowState state) {
        // A buffer kept by the thread: a fresh one per checkpoint, grown from small, copied the
        // transactions a checkpoint holds several times (a fifth of all the node's allocation).
        CheckpointBuffer bytes = CheckpointBuffer.forThisThread();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            codec.beginPass();
            out.writeInt(FORMAT);
            out.writeUTF(state.rootName);
            out.writeLong(state.startedAt.toEpochMilli());
            out.writeBoolean(state.started);
            out.writeInt(state.stack.size());
            for (FlowLogic<?> frame : state.stack) {
                codec.write(out, frame);
            }
            out.writeInt(state.sessions.size());
            for (SessionState session : state.sessions.values()) {
                session.write(out);
            }
            out.writeBoolean(state.wait != null);
            if (state.wait != null) {
                state.wait.write(out);
            }
            codec.write(out, state.resolution);
            out.writeInt(state.heldLocks.size());
            for (String key : state.heldLocks) {
                out.writeUTF(key);
            }
            codec.endPass();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot checkpoint flow " + flowId, e);
        }
        return bytes.toByteArray();
    }

    /** Puts the state back as the checkpoint has it, into the same collections. */
    void decodeInto(String flowId, byte[] checkpoint, FlowState state) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(checkpoint))) {
            codec.beginPass();
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IOException("Checkpoint format " + format + " is not " + FORMAT);
            }
            state.rootName = in.readUTF();
            state.startedAt = Instant.ofEpochMilli(in.readLong());
            state.started = in.readBoolean();
            state.stack.clear();
            int frames = in.readInt();
            for (int i = 0; i < frames; i++) {
                state.stack.add((FlowLogic<?>) codec.read(in));
            }
            state.sessions.clear();
            int sessionCount = in.readInt();
            for (int i = 0; i < sessionCount; i++) {
                SessionState session = SessionState.read(in);
                state.sessions.put(session.id, session);
            }
            state.wait = in.readBoolean() ? Wait.read(in) : null;
            state.resolution = (BackChains.Resolution) codec.read(in);
            state.heldLocks.clear();
            int locks = in.readInt();
            for (int i = 0; i < locks; i++) {
                state.heldLocks.add(in.readUTF());
            }
            codec.endPass();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore flow " + flowId + " from its checkpoint", e);
        }
    }
}
