package net.claimsnet.flows.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Soft locks of one node's flows, first come first served: the insurer's adjudications of one
 * member queue for the member's benefit accumulator instead of racing for it at the notary.
 */
final class LockTable {

    private final Map<String, String> owners = new HashMap<>();
    private final Map<String, Deque<String>> waiting = new HashMap<>();

    /** Takes the lock for the flow, or queues the flow for it. */
    synchronized boolean tryAcquire(String key, String flowId) {
        String owner = owners.get(key);
        if (owner == null || owner.equals(flowId)) {
            owners.put(key, flowId);
            return true;
        }
        Deque<String> queue = waiting.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (!queue.contains(flowId)) {
            queue.add(flowId);
        }
        return false;
    }

    /** Takes the lock without asking: a restored flow held it when the node stopped. */
    synchronized void restore(String key, String flowId) {
        owners.put(key, flowId);
    }

    synchronized String owner(String key) {
        return owners.get(key);
    }

    /** Releases the flow's locks and its place in any queue; returns the flows that now hold a lock. */
    synchronized List<Grant> releaseAll(String flowId, Collection<String> held) {
        List<Grant> grants = new ArrayList<>();
        for (Deque<String> queue : waiting.values()) {
            queue.remove(flowId);
        }
        for (String key : held) {
            if (!flowId.equals(owners.get(key))) {
                continue;
            }
            Deque<String> queue = waiting.get(key);
            String next = queue == null ? null : queue.poll();
            if (next == null) {
                owners.remove(key);
                waiting.remove(key);
            } else {
                owners.put(key, next);
                grants.add(new Grant(key, next));
            }
        }
        return grants;
    }

    static final class Grant {
        final String key;
        final String flowId;

        Grant(String key, String flowId) {
            this.key = key;
            this.flowId = flowId;
        }
    }
}
