package net.claimsnet.flows.engine;

import net.claimsnet.flows.checkpoint.FinishedSession;
import net.corda.core.identity.CordaX500Name;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a flow's checkpoint holds: its stack of frames, its sessions, what it waits for, the back
 * chain it is resolving and the soft locks it holds. The fiber's transitions change it; a failed
 * step puts it back as the last checkpoint left it, in place (the engine keeps the session map).
 */
final class FlowState {

    String rootName;
    Instant startedAt;
    /** Whether the flow's first step has run (a responder's starts with the session's first message). */
    boolean started;
    final List<FlowLogic<?>> stack = new ArrayList<>();
    final Map<String, SessionState> sessions = new LinkedHashMap<>();
    Wait wait;
    BackChains.Resolution resolution;
    final List<String> heldLocks = new ArrayList<>();

    FlowState(String rootName, Instant startedAt) {
        this.rootName = rootName;
        this.startedAt = startedAt;
    }

    boolean waitsFor(Wait.Kind kind) {
        return wait != null && wait.kind == kind;
    }

    /** Whether the flow waits for its counterparty's next message on that session. */
    boolean waitsForMessageOn(String sessionId) {
        return wait != null && wait.onSession(sessionId) && wait.isForMessage();
    }

    /** The session the flow waits on for its counterparty's next message, or null if it waits for none. */
    SessionWait waitingSession(String flowId) {
        if (wait == null || !wait.isForMessage()) {
            return null;
        }
        SessionState session = sessions.get(wait.sessionId);
        if (session == null) {
            return null;
        }
        return new SessionWait(flowId, rootName, session.id, session.counterparty, session.initiator,
                session.nextSendSequence - 1, session.lastConsumed);
    }

    /**
     * What the flow is doing, for its operator. Read off the fiber's thread: each field is read once, and a
     * read racing a step at worst shows the wait just before or just after it.
     */
    RunningFlow describe(String flowId) {
        Wait current = wait;
        List<FlowLogic<?>> frames = List.copyOf(stack);
        String frame = frames.isEmpty() ? rootName : frames.get(frames.size() - 1).getClass().getName();
        if (current == null) {
            return new RunningFlow(flowId, rootName, frame, "its next step", null, 0, startedAt);
        }
        SessionState session = current.sessionId == null ? null : sessions.get(current.sessionId);
        return new RunningFlow(flowId, rootName, frame, current.describe(),
                session == null ? null : session.counterparty.getOrganisation(), current.attempts, startedAt);
    }

    /**
     * Whether the flow's session of that id is with that counterparty. Read off the fiber's thread (a peer's
     * recovery request): a session's entry never changes once put, and a read racing the put of another
     * session at worst misses it, the peer then waiting on as it would have without asking.
     */
    boolean hasSessionWith(String sessionId, CordaX500Name counterparty) {
        SessionState session = sessions.get(sessionId);
        return session != null && session.counterparty.equals(counterparty);
    }

    /** The sessions whose counterparty has not acknowledged everything: a finished flow answers their redeliveries. */
    List<FinishedSession> sessionsAwaitingAcknowledgement() {
        List<FinishedSession> finished = new ArrayList<>();
        for (SessionState session : sessions.values()) {
            if (!session.unacknowledged.isEmpty()) {
                finished.add(new FinishedSession(session.id, session.lastReceived, session.unacknowledged));
            }
        }
        return finished;
    }
}
