package net.claimsnet.flows.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/** What a suspended flow waits for; saved in its checkpoint. */
final class Wait {

    enum Kind {
        /** The next message on a session. */
        RECEIVE,
        /** A transaction on a session, to be resolved. */
        RECEIVE_TRANSACTION,
        /** The back chain of a received transaction, fetched from its sender. */
        RESOLVING,
        /** A soft lock another flow holds. */
        LOCK
    }

    final Kind kind;
    final String sessionId;
    final String expectedType;
    final String lockKey;
    int attempts;

    Wait(Kind kind, String sessionId, String expectedType, String lockKey) {
        this.kind = kind;
        this.sessionId = sessionId;
        this.expectedType = expectedType;
        this.lockKey = lockKey;
    }

    boolean onSession(String id) {
        return sessionId != null && sessionId.equals(id);
    }

    boolean timesOut() {
        return kind != Kind.LOCK;
    }

    String describe() {
        switch (kind) {
            case RECEIVE:
                return "a " + simpleName(expectedType);
            case RECEIVE_TRANSACTION:
                return "a transaction";
            case RESOLVING:
                return "the back chain of a transaction";
            default:
                return "lock " + lockKey;
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeByte(kind.ordinal());
        out.writeUTF(sessionId == null ? "" : sessionId);
        out.writeUTF(expectedType == null ? "" : expectedType);
        out.writeUTF(lockKey == null ? "" : lockKey);
        out.writeInt(attempts);
    }

    static Wait read(DataInputStream in) throws IOException {
        Wait wait = new Wait(Kind.values()[in.readUnsignedByte()], emptyToNull(in.readUTF()),
                emptyToNull(in.readUTF()), emptyToNull(in.readUTF()));
        wait.attempts = in.readInt();
        return wait;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String simpleName(String className) {
        return className == null ? "message" : className.substring(className.lastIndexOf('.') + 1);
    }
}
