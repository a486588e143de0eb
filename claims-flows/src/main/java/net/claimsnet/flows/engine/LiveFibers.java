package net.claimsnet.flows.engine;

import net.claimsnet.flows.checkpoint.FlowStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The flows an engine holds in memory (running ones, and failed ones kept for an operator), each found
 * by its flow id and by the ids of its sessions, where the router takes their messages. Read and changed
 * from the threads of all the flows and the transport at once.
 */
final class LiveFibers {

    private final Map<String, Fiber> byId = new ConcurrentHashMap<>();
    private final Map<String, Fiber> bySession = new ConcurrentHashMap<>();

    /** The flow of that id, or null. */
    Fiber get(String flowId) {
        return byId.get(flowId);
    }

    /** The flow of that session, or null. */
    Fiber ofSession(String sessionId) {
        return bySession.get(sessionId);
    }

    boolean contains(String flowId) {
        return byId.containsKey(flowId);
    }

    /** A flow started on this node (it has no sessions yet). */
    void add(Fiber fiber) {
        byId.put(fiber.id, fiber);
    }

    /** A flow restored from its checkpoint, with the sessions it had. */
    void addWithSessions(Fiber fiber) {
        byId.put(fiber.id, fiber);
        for (String sessionId : fiber.sessionIds()) {
            bySession.put(sessionId, fiber);
        }
    }

    /**
     * A responder for a session a counterparty opened, unless another message of the session already made
     * one (two deliveries of its opening message racing): then that one is returned and this one dropped.
     */
    Fiber addResponder(String sessionId, Fiber fiber) {
        Fiber existing = bySession.putIfAbsent(sessionId, fiber);
        if (existing != null) {
            return existing;
        }
        byId.put(fiber.id, fiber);
        return fiber;
    }

    /** A session the flow opened. */
    void addSession(String sessionId, Fiber fiber) {
        bySession.put(sessionId, fiber);
    }

    /** A flow that finished: its sessions' later messages are answered from the store. */
    void remove(Fiber fiber) {
        byId.remove(fiber.id);
        for (String sessionId : fiber.sessionIds()) {
            bySession.remove(sessionId, fiber);
        }
    }

    /** What the running flows do, oldest first. */
    List<RunningFlow> describeRunning() {
        List<RunningFlow> running = new ArrayList<>();
        for (Fiber fiber : byId.values()) {
            if (fiber.status == FlowStatus.RUNNING) {
                running.add(fiber.describeRunning());
            }
        }
        running.sort(Comparator.comparing(RunningFlow::startedAt).thenComparing(RunningFlow::flowId));
        return running;
    }

    int runningCount() {
        int running = 0;
        for (Fiber fiber : byId.values()) {
            if (fiber.status == FlowStatus.RUNNING) {
                running++;
            }
        }
        return running;
    }
}
