package net.claimsnet.flows.engine;

import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.CheckpointCommit;
import net.claimsnet.flows.checkpoint.FinishedSession;
import net.claimsnet.flows.transport.Envelope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Carries out what a flow's step decided, in the order that makes a crash harmless (Corda's
 * {@code ActionExecutor}): the checkpoint is committed first, with the ids of the messages the step
 * consumed, and only then are the step's messages sent; a step that fails sends nothing. It also
 * keeps the flow's timer and hands the soft locks a flow gives up to the flows queued for them.
 */
final class ActionExecutor {

    private final FlowEngine engine;
    private final String flowId;
    private final List<Envelope> outbox = new ArrayList<>();
    private final List<String> consumed = new ArrayList<>();
    /** Each message serialized once per step, however many sessions it goes to. */
    private final Map<Object, byte[]> sentPayloads = new IdentityHashMap<>();
    /** What must wait until the running step has committed; null while no step runs. */
    private List<Runnable> afterStep;
    private Scheduler.Cancellable timer;
    private long timerToken;

    ActionExecutor(FlowEngine engine, String flowId) {
        this.engine = engine;
        this.flowId = flowId;
    }

    /**
     * Runs one step of the flow in one database transaction with what it records (the store's
     * {@code runStep}), then what it left for after the commit. A step that throws leaves nothing
     * for after: what it threw is rethrown.
     */
    void runStep(Runnable step) {
        List<Runnable> committed = new ArrayList<>();
        afterStep = committed;
        try {
            engine.store().runStep(step);
        } finally {
            afterStep = null;
        }
        committed.forEach(Runnable::run);
    }

    /**
     * Runs the action once the running step has committed, or now outside a step: what others see
     * (a lock given up, a flow's result) must not show them what a rollback could still undo.
     */
    void afterStep(Runnable action) {
        if (afterStep == null) {
            action.run();
        } else {
            afterStep.add(action);
        }
    }

    byte[] payload(Object message) {
        return sentPayloads.computeIfAbsent(message, Payloads::serialize);
    }

    /** Queues an envelope, sent once the step's checkpoint is committed. */
    void send(Envelope envelope) {
        outbox.add(envelope);
    }

    /** A message the flow took in: the store remembers its id with the next checkpoint, so a redelivery is known. */
    void consumed(String messageId) {
        consumed.add(messageId);
    }

    /**
     * Commits the checkpoint, then sends what the step queued: in the commit's own transaction where the
     * transport queues there (a durable outbox in the same database), else once the step has committed.
     */
    void persist(Checkpoint checkpoint, List<FinishedSession> finishedSessions) {
        CheckpointCommit commit = new CheckpointCommit(checkpoint, consumed, finishedSessions);
        if (engine.queuesSendsInTheStepsTransaction()) {
            engine.store().commit(commit, this::transmit);
        } else {
            engine.store().commit(commit);
            afterStep(this::transmit);
        }
        consumed.clear();
    }

    /** A failed step sends nothing; the messages it consumed stay to be remembered with the next checkpoint. */
    void discardStep() {
        outbox.clear();
        sentPayloads.clear();
    }

    /** Sends what is queued without a checkpoint: only for resends, which change nothing a checkpoint holds. */
    void sendQueuedNow() {
        transmit();
    }

    private void transmit() {
        sentPayloads.clear();
        if (outbox.isEmpty()) {
            return;
        }
        List<Envelope> sending = new ArrayList<>(outbox);
        outbox.clear();
        engine.sendAll(sending);
    }

    /** Times the wait out after its attempt's timeout; an earlier timer is cancelled. */
    void armTimer(int attempt, LongConsumer onTimeout) {
        cancelTimer();
        long token = ++timerToken;
        Instant at = engine.clock().instant().plus(engine.settings().timeoutForAttempt(attempt));
        timer = engine.scheduler().schedule(at, () -> onTimeout.accept(token));
    }

    /** Whether a timeout is that of the timer armed last and not cancelled since (a late one is ignored). */
    boolean isCurrentTimer(long token) {
        return token == timerToken;
    }

    void cancelTimer() {
        timerToken++;
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /**
     * Gives the locks up once the step has committed (the states they guard are then recorded as the
     * step left them); each goes to the next flow queued for it.
     */
    void releaseLocks(List<String> keys) {
        List<String> released = List.copyOf(keys);
        afterStep(() -> {
            for (LockTable.Grant grant : engine.locks().releaseAll(flowId, released)) {
                engine.grant(grant);
            }
        });
    }
}
