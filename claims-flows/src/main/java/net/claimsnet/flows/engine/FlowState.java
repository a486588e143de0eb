package net.claimsnet.flows.engine;

import net.claimsnet.flows.checkpoint.FinishedSession;

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
