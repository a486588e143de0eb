package net.claimsnet.flows.engine;

import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.transport.Envelope;
import net.corda.core.identity.CordaX500Name;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One running flow: its stack of frames (the flow and the sub-flows it runs), its sessions, what it
 * waits for. Events for it (start, messages, timeouts, lock grants, operator actions) queue in its
 * mailbox and run one at a time, so a flow is never run by two threads at once while different
 * flows run in parallel. After each event that changes it, the fiber is checkpointed; only then are
 * the messages of that step sent. A step's ledger records, vault changes and checkpoint are one
 * database transaction. A step that throws leaves no trace ({@link StepGuard}): the fiber goes back
 * to its last checkpoint and is kept FAILED with the reason.
 */
final class Fiber {

    private final FlowEngine engine;
    final String id;
    private final FlowState state;
    private final CheckpointFormat format = new CheckpointFormat();
    FlowStatus status = FlowStatus.RUNNING;
    private String failure;

    private byte[] lastCheckpoint;
    private CompletableFuture<Object> result = new CompletableFuture<>();
    private final Mailbox mailbox;
    private final ActionExecutor actions;
    private final StepRunner runner;
    private final StepGuard guard;

    private Fiber(FlowEngine engine, String id, FlowState state) {
        this.engine = engine;
        this.id = id;
        this.state = state;
        this.mailbox = new Mailbox(engine);
        this.actions = new ActionExecutor(engine, id);
        this.runner = new StepRunner(engine, id, state, actions, this);
        this.guard = new StepGuard(engine, this, state, actions);
    }

    /** A flow started on this node. */
    static Fiber started(FlowEngine engine, FlowLogic<?> flow, String flowId, Instant now) {
        Fiber fiber = new Fiber(engine, flowId, new FlowState(flow.getClass().getName(), now));
        fiber.state.stack.add(flow);
        fiber.lastCheckpoint = fiber.encode();
        return fiber;
    }

    /** A responder for a session a counterparty opened. */
    static Fiber responder(FlowEngine engine, FlowLogic<?> flow, SessionState session, Instant now) {
        Fiber fiber = new Fiber(engine, UUID.randomUUID().toString(), new FlowState(flow.getClass().getName(), now));
        fiber.state.stack.add(flow);
        session.opened = true;
        fiber.state.sessions.put(session.id, session);
        fiber.lastCheckpoint = fiber.encode();
        return fiber;
    }

    /** A flow as its checkpoint left it. */
    static Fiber restored(FlowEngine engine, Checkpoint checkpoint) {
        Fiber fiber = new Fiber(engine, checkpoint.flowId(), new FlowState(checkpoint.flowName(), checkpoint.startedAt()));
        fiber.load(checkpoint.state());
        fiber.lastCheckpoint = checkpoint.state();
        fiber.status = checkpoint.status();
        fiber.failure = checkpoint.failure();
        return fiber;
    }

    CompletableFuture<Object> result() {
        return result;
    }

    String rootName() {
        return state.rootName;
    }

    /** The state it was created with (a started flow's first checkpoint). */
    byte[] initialState() {
        return lastCheckpoint;
    }

    String failure() {
        return failure;
    }

    List<String> heldLocks() {
        return state.heldLocks;
    }

    boolean waitsForLock() {
        return state.waitsFor(Wait.Kind.LOCK);
    }

    /** The sessions of the flow, by id (for routing their messages to it). */
    Set<String> sessionIds() {
        return state.sessions.keySet();
    }

    /** The session this flow waits on for its counterparty's next message, or null if it waits for none. */
    SessionWait waitingSession() {
        return status == FlowStatus.RUNNING ? state.waitingSession(id) : null;
    }

    /** What the flow is doing, for its operator; safe off the fiber's thread ({@link FlowState#describe}). */
    RunningFlow describeRunning() {
        return state.describe(id);
    }

    /** Whether the flow's session of that id is with that counterparty; safe off the fiber's thread. */
    boolean hasSessionWith(String sessionId, CordaX500Name counterparty) {
        return state.hasSessionWith(sessionId, counterparty);
    }

    /** Abandons the flow only if it still waits as {@code wait} says: an answer that came meanwhile moved it on. */
    boolean onAbandonIfStillWaiting(SessionWait wait, String reason) {
        if (wait.equals(waitingSession())) {
            onAbandon(reason);
            return true;
        }
        return false;
    }

    void post(Runnable event) {
        mailbox.post(event);
    }

    // ---- events -------------------------------------------------------------------------------

    void onStart() {
        guard.run(null, this::runFirstStep);
    }

    void onInbound(Envelope envelope) {
        if (status.isFinished()) {
            engine.answerFinished(envelope);
            return;
        }
        SessionState session = runner.takeIn(envelope);
        if (session == null) {
            return;
        }
        if (status == FlowStatus.FAILED) {
            commit();
            return;
        }
        if (!state.started) {
            guard.run(envelope, this::runFirstStep);
        } else if (state.waitsForMessageOn(session.id)) {
            guard.run(envelope, this::resumeWaiting);
        } else {
            commit();
        }
    }

    void onFetchRequest(Envelope envelope) {
        runner.answerFetch(envelope);
    }

    void onFetchResponse(Envelope envelope) {
        Object response = status == FlowStatus.RUNNING ? runner.awaitedFetchResponse(envelope) : null;
        if (response == null) {
            return;
        }
        guard.run(null, () -> {
            Object resolved = runner.fetched(response);
            if (resolved == StepRunner.WAITING) {
                suspend();
                return;
            }
            actions.cancelTimer();
            run(resolved);
        });
    }

    void onTimeout(long token) {
        if (!actions.isCurrentTimer(token) || state.wait == null || status != FlowStatus.RUNNING || !state.wait.timesOut()) {
            return;
        }
        state.wait.attempts++;
        SessionState session = state.sessions.get(state.wait.sessionId);
        if (state.wait.attempts >= engine.settings().maxAttempts() && !state.wait.withoutLimit) {
            markFailed("No answer from " + session.counterparty + " after " + state.wait.attempts
                    + " attempts while waiting for " + state.wait.describe(), false);
            return;
        }
        guard.run(null, () -> {
            if (state.wait.kind == Wait.Kind.RESOLVING) {
                runner.requestFetch(session, state.resolution.outstanding());
            } else {
                runner.resendUnacknowledged(session);
            }
            suspend();
        });
    }

    void onLockGranted(String key) {
        if (status != FlowStatus.RUNNING || state.wait == null || state.wait.kind != Wait.Kind.LOCK || !state.wait.lockKey.equals(key)) {
            actions.releaseLocks(List.of(key));
            return;
        }
        guard.run(null, () -> {
            state.heldLocks.add(key);
            state.wait = null;
            run(null);
        });
    }

    /** An operator retries a failed flow from its last checkpoint. */
    void onRetry(CompletableFuture<Object> retried) {
        if (status != FlowStatus.FAILED) {
            retried.completeExceptionally(new IllegalStateException("Flow " + id + " is " + status + ", not FAILED"));
            return;
        }
        result = retried;
        status = FlowStatus.RUNNING;
        failure = null;
        for (String key : state.heldLocks) {
            if (!engine.locks().tryAcquire(key, id)) {
                engine.locks().releaseAll(id, List.of());
                markFailed("Lock " + key + " is held by flow " + engine.locks().owner(key) + "; retry later", false);
                return;
            }
        }
        resume();
    }

    void onAbandon(String reason) {
        if (status.isFinished()) {
            return;
        }
        actions.cancelTimer();
        status = FlowStatus.ABANDONED;
        failure = reason;
        runner.endSessions(engine.name().getOrganisation() + " abandoned the flow: " + reason);
        actions.persist(checkpoint(null), List.of());
        runner.releaseLocks();
        engine.finished(this);
        result.completeExceptionally(new FlowFailedException(id, "Abandoned: " + reason));
    }

    /** After a restart or a retry: takes up the wait where the checkpoint left it. */
    void resume() {
        // A message delivered as the node came back may have run the flow on (or to its end) before this event.
        if (status != FlowStatus.RUNNING || (state.started && state.wait == null)) {
            return;
        }
        guard.run(null, () -> {
            if (!state.started) {
                runFirstStep();
                return;
            }
            switch (state.wait.kind) {
                case LOCK:
                    if (engine.locks().tryAcquire(state.wait.lockKey, id)) {
                        state.heldLocks.add(state.wait.lockKey);
                        state.wait = null;
                        run(null);
                    }
                    return;
                case RESOLVING:
                    state.wait.attempts = 0;
                    runner.requestFetch(state.sessions.get(state.wait.sessionId), state.resolution.outstanding());
                    suspend();
                    return;
                default:
                    state.wait.attempts = 0;
                    for (SessionState session : state.sessions.values()) {
                        runner.resendUnacknowledged(session);
                    }
                    resumeWaiting();
            }
        });
    }

    // ---- running the flow ---------------------------------------------------------------------

    private void runFirstStep() {
        state.started = true;
        run(null);
    }

    private void resumeWaiting() {
        Object value = runner.tryConsume();
        if (value == StepRunner.WAITING) {
            suspend();
            return;
        }
        state.wait = null;
        actions.cancelTimer();
        run(value);
    }

    /** Runs frames until the flow waits (checkpointed, with a timer if its wait times out) or ends. */
    private void run(Object value) {
        Object outcome = runner.run(value);
        if (outcome == StepRunner.WAITING) {
            suspend();
        } else {
            complete(outcome);
        }
    }

    // ---- checkpoints and endings --------------------------------------------------------------

    private void suspend() {
        if (state.wait.timesOut()) {
            actions.armTimer(state.wait.attempts, token -> post(() -> onTimeout(token)));
        }
        commit();
    }

    private void commit() {
        byte[] encoded = encode();
        // What the step sends is queued in the checkpoint's own commit where the stores share a database.
        actions.persist(checkpoint(encoded), List.of());
        actions.afterStep(() -> lastCheckpoint = encoded);
    }

    private Checkpoint checkpoint(byte[] encoded) {
        return new Checkpoint(id, state.rootName, status, failure, encoded, state.startedAt, engine.clock().instant());
    }

    private void complete(Object value) {
        status = FlowStatus.COMPLETED;
        actions.cancelTimer();
        actions.persist(checkpoint(null), state.sessionsAwaitingAcknowledgement());
        runner.releaseLocks();
        actions.afterStep(() -> {
            engine.finished(this);
            result.complete(value);
        });
    }

    /** What {@link StepGuard} does first when a step throws: nothing of the step is kept. */
    void backToLastCheckpoint() {
        load(lastCheckpoint);
    }

    void markFailed(String reason, boolean endSessions) {
        status = FlowStatus.FAILED;
        failure = reason;
        actions.cancelTimer();
        runner.releaseLocks();
        if (endSessions) {
            String organisation = engine.name().getOrganisation();
            runner.endSessions(reason.startsWith(organisation) ? reason : organisation + " could not go on: " + reason);
        }
        commit();
        result.completeExceptionally(new FlowFailedException(id, reason));
    }

    private byte[] encode() {
        return format.encode(id, state);
    }

    private void load(byte[] checkpoint) {
        format.decodeInto(id, checkpoint, state);
    }
}
