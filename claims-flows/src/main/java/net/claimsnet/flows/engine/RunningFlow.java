package net.claimsnet.flows.engine;

import java.time.Instant;

/**
 * A flow that has not finished, as its operator sees it: which flow, which of its sub-flows is at work,
 * and what it waits for (a counterparty's message, a lock, its next step), nothing of the claim it
 * carries. A flow left running after the network is quiet says here what it still expects and from whom.
 *
 * @param frame        the innermost flow of its stack (a sub-flow such as notarisation, or the flow itself)
 * @param waitingFor   what it waits for, or "its next step" when it waits for nothing (queued to run)
 * @param counterparty the organisation it waits on, or null when the wait is not on a session
 * @param attempts     resends so far of what it waits an answer to
 */
public record RunningFlow(String flowId, String flowName, String frame, String waitingFor, String counterparty,
                          int attempts, Instant startedAt) {
}
