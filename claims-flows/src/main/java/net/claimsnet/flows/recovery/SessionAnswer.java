package net.claimsnet.flows.recovery;

import net.claimsnet.flows.engine.SessionStatus;
import net.corda.core.serialization.CordaSerializable;

/** A peer's answer to a {@link SessionQuestion}: a {@link SessionStatus} on the wire. */
@CordaSerializable
public final class SessionAnswer {

    private final String sessionId;
    private final String state;
    private final long lastReceived;
    private final boolean answersKept;

    public SessionAnswer(String sessionId, String state, long lastReceived, boolean answersKept) {
        this.sessionId = sessionId;
        this.state = state;
        this.lastReceived = lastReceived;
        this.answersKept = answersKept;
    }

    static SessionAnswer of(SessionStatus status) {
        return new SessionAnswer(status.sessionId(), status.state().name(), status.lastReceived(), status.answersKept());
    }

    /** The status; a state this node does not know reads as unknown (the session is then left alone). */
    public SessionStatus toStatus() {
        SessionStatus.State known;
        try {
            known = SessionStatus.State.valueOf(state);
        } catch (IllegalArgumentException | NullPointerException e) {
            known = SessionStatus.State.UNKNOWN;
        }
        return new SessionStatus(sessionId, known, lastReceived, answersKept);
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getState() {
        return state;
    }

    public long getLastReceived() {
        return lastReceived;
    }

    public boolean isAnswersKept() {
        return answersKept;
    }
}
