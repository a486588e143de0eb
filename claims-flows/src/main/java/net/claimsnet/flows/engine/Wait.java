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
    /** Resent at each timeout, never given up ({@link Step#withoutLimit()}). */
    boolean withoutLimit;

    /** Set on the kind's byte in a checkpoint; a checkpoint written before it existed reads as a limited wait. */
    private static final int WITHOUT_LIMIT_BIT = 0x80;

    Wait(Kind kind, String sessionId, String expectedType, String lockKey) {
        this.kind = kind;
        this.sessionId = sessionId;
        this.expectedType = expectedType;
        this.lockKey = lockKey;
    }

    boolean onSession(String id) {
        return sessionId != null && sessionId.equals(id);
    }

    /** Whether it waits for the counterparty's next message (a transaction's included). */
    boolean isForMessage() {
        return kind == Kind.RECEIVE || kind == Kind.RECEIVE_TRANSACTION;
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
        out.writeByte(kind.ordinal() | (withoutLimit ? WITHOUT_LIMIT_BIT : 0));
        out.writeUTF(sessionId == null ? "" : sessionId);
        out.writeUTF(expectedType == null ? "" : expectedType);
        out.writeUTF(lockKey == null ? "" : lockKey);
        out.writeInt(attempts);
    }

    static Wait read(DataInputStream in) throws IOException {
        int kindByte = in.readUnsignedByte();
        Wait wait = new Wait(Kind.values()[kindByte & ~WITHOUT_LIMIT_BIT], emptyToNull(in.readUTF()),
                emptyToNull(in.readUTF()), emptyToNull(in.readUTF()));
        wait.attempts = in.readInt();
        wait.withoutLimit = (kindByte & WITHOUT_LIMIT_BIT) != 0;
        return wait;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static String simpleName(String className) {
        return className == null ? "message" : className.substring(className.lastIndexOf('.') + 1);
    }
}
