package net.claimsnet.flows.engine;

import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.FlowStatus;
import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.flows.transport.MessageKind;
import net.claimsnet.ledger.LedgerException;

import java.time.Duration;
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
 * database transaction. A step that throws leaves no trace: the fiber goes back to its last
 * checkpoint and is kept FAILED with the reason.
 */
final class Fiber {

    private final FlowEngine engine;
    final String id;
    private final FlowState state;
    private final CheckpointFormat format = new CheckpointFormat();
    FlowStatus status = FlowStatus.RUNNING;
    private String failure;
    /** Runs again of the current step after transient database failures ({@link TransientFailures}). */
    private int transientRetries;

    private byte[] lastCheckpoint;
    private CompletableFuture<Object> result = new CompletableFuture<>();
    private final Mailbox mailbox;
    private final ActionExecutor actions;
    private final StepRunner runner;

    private Fiber(FlowEngine engine, String id, FlowState state) {
        this.engine = engine;
        this.id = id;
        this.state = state;
        this.mailbox = new Mailbox(engine);
        this.actions = new ActionExecutor(engine, id);
        this.runner = new StepRunner(engine, id, state, actions, this);
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
        if (status != FlowStatus.RUNNING || state.wait == null
                || (state.wait.kind != Wait.Kind.RECEIVE && state.wait.kind != Wait.Kind.RECEIVE_TRANSACTION)) {
            return null;
        }
        SessionState session = state.sessions.get(state.wait.sessionId);
        if (session == null) {
            return null;
        }
        return new SessionWait(id, state.rootName, session.id, session.counterparty, session.initiator,
                session.nextSendSequence - 1, session.lastConsumed);
    }

    /**
     * What the flow is doing, for its operator. Read off the fiber's thread: each field is read once, and a
     * read racing a step at worst shows the wait just before or just after it.
     */
    RunningFlow describeRunning() {
        Wait wait = state.wait;
        List<FlowLogic<?>> stack = List.copyOf(state.stack);
        String frame = stack.isEmpty() ? state.rootName : stack.get(stack.size() - 1).getClass().getName();
        if (wait == null) {
            return new RunningFlow(id, state.rootName, frame, "its next step", null, 0, state.startedAt);
        }
        SessionState session = wait.sessionId == null ? null : state.sessions.get(wait.sessionId);
        return new RunningFlow(id, state.rootName, frame, wait.describe(),
                session == null ? null : session.counterparty.getOrganisation(), wait.attempts, state.startedAt);
    }

    /**
     * Whether the flow's session of that id is with that counterparty. Read off the fiber's thread (a peer's
     * recovery request): a session's entry never changes once put, and a read racing the put of another
     * session at worst misses it, the peer then waiting on as it would have without asking.
     */
    boolean hasSessionWith(String sessionId, net.corda.core.identity.CordaX500Name counterparty) {
        SessionState session = state.sessions.get(sessionId);
        return session != null && session.counterparty.equals(counterparty);
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
        guard(null, () -> {
            state.started = true;
            run(null);
        });
    }

    void onInbound(Envelope envelope) {
        if (status.isFinished()) {
            engine.answerFinished(envelope);
            return;
        }
        SessionState session = state.sessions.get(envelope.sessionId());
        if (session == null || !session.counterparty.equals(envelope.sender())) {
            engine.reject(envelope, "it is not a party to session " + envelope.sessionId());
            return;
        }
        session.acknowledged(envelope.acknowledged());
        long sequence = envelope.sequence();
        if (sequence <= session.lastConsumed || session.inbox.containsKey(sequence)
                || engine.store().isProcessed(envelope.messageId())) {
            // Redelivered: handled once. If it is the latest, the sender is waiting for an answer it lost.
            if (sequence == session.lastReceived) {
                runner.resendUnacknowledged(session);
                actions.sendQueuedNow();
            }
            return;
        }
        session.inbox.put(sequence, new SessionState.Inbound(envelope.kind(), envelope.payload()));
        session.lastReceived = Math.max(session.lastReceived, sequence);
        session.opened = true;
        actions.consumed(envelope.messageId());
        if (status == FlowStatus.FAILED) {
            commit();
            return;
        }
        if (!state.started) {
            guard(envelope, () -> {
                state.started = true;
                run(null);
            });
        } else if (state.wait != null && state.wait.onSession(session.id)
                && (state.wait.kind == Wait.Kind.RECEIVE || state.wait.kind == Wait.Kind.RECEIVE_TRANSACTION)) {
            guard(envelope, this::resumeWaiting);
        } else {
            commit();
        }
    }

    void onFetchRequest(Envelope envelope) {
        runner.answerFetch(envelope);
    }

    void onFetchResponse(Envelope envelope) {
        if (status != FlowStatus.RUNNING || state.wait == null || state.wait.kind != Wait.Kind.RESOLVING
                || !state.wait.onSession(envelope.sessionId()) || !state.sessions.get(envelope.sessionId()).counterparty.equals(envelope.sender())) {
            return;
        }
        Object response = Payloads.deserialize(envelope.payload());
        if (!ProtocolExtensions.backChains().isFetchResponse(response)) {
            // As a failed cast here always did: the event is dropped, the flow keeps waiting for a real answer.
            throw new ClassCastException(envelope.sender() + " sent a " + response.getClass().getName() + " as a fetch response");
        }
        guard(null, () -> {
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
        guard(null, () -> {
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
        guard(null, () -> {
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
        guard(null, () -> {
            if (!state.started) {
                state.started = true;
                run(null);
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

    /**
     * Runs an event's work as one step: what it records and its checkpoint commit together. If it
     * throws (or its commit fails), nothing of it is kept: the fiber goes back to its last checkpoint
     * (keeping the message that triggered the event, for a retry) and is kept FAILED with the reason.
     */
    private void guard(Envelope trigger, Runnable work) {
        try {
            actions.runStep(work);
            transientRetries = 0;
        } catch (RuntimeException | StackOverflowError e) {
            actions.discardStep();
            List<String> heldInStep = List.copyOf(state.heldLocks);
            load(lastCheckpoint);
            releaseLocksTakenIn(heldInStep);
            if (trigger != null) {
                SessionState session = state.sessions.get(trigger.sessionId());
                if (session != null && trigger.sequence() > session.lastConsumed) {
                    session.inbox.put(trigger.sequence(), new SessionState.Inbound(trigger.kind(), trigger.payload()));
                    session.lastReceived = Math.max(session.lastReceived, trigger.sequence());
                    session.opened = true;
                }
            }
            if (TransientFailures.isTransient(e) && transientRetries < TransientFailures.MAX_RETRIES) {
                runAgainLater(e);
                return;
            }
            transientRetries = 0;
            // A refusal (the flow's or the ledger's) ends the conversation; anything else is kept
            // with its sessions open, so that an operator's retry can carry on where it stopped.
            boolean refusal = e instanceof FlowException || e instanceof LedgerException;
            markFailed(describe(e), refusal);
            engine.failed(this, e);
        }
    }

    /**
     * The locks a failed step took are given up with the step: the checkpoint it goes back to does not hold
     * them, so neither a retry nor the flow's failure would ever release them, and the flows queued for
     * them would wait for ever.
     */
    private void releaseLocksTakenIn(List<String> heldInStep) {
        List<String> taken = heldInStep.stream().filter(key -> !state.heldLocks.contains(key)).toList();
        if (!taken.isEmpty()) {
            actions.releaseLocks(taken);
        }
    }

    /**
     * The database was busy or away: the step runs again from the last checkpoint after a pause (its
     * trigger put back above), the flow RUNNING and its locks kept meanwhile.
     */
    private void runAgainLater(Throwable e) {
        transientRetries++;
        actions.cancelTimer();
        Duration pause = TransientFailures.pauseBefore(transientRetries);
        engine.transientFailure(this, e, transientRetries, pause);
        engine.scheduler().schedule(engine.clock().instant().plus(pause), () -> post(this::resume));
    }

    private void markFailed(String reason, boolean endSessions) {
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

    private static String describe(Throwable e) {
        if (e instanceof FlowException || e instanceof LedgerException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private byte[] encode() {
        return format.encode(id, state);
    }

    private void load(byte[] checkpoint) {
        format.decodeInto(id, checkpoint, state);
    }
}
