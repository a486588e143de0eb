package net.claimsnet.flows.engine;

import net.claimsnet.flows.transport.Envelope;
import net.claimsnet.ledger.LedgerException;

import java.time.Duration;
import java.util.List;

/**
 * Runs an event's work on a flow as one step and decides what is left of a step that throws. A step's
 * records and its checkpoint commit together; if it throws (or its commit fails), nothing of it is kept:
 * the flow goes back to its last checkpoint, keeping the message that triggered the event and giving up
 * the locks the step took. A database busy or away for a moment ({@link TransientFailures}) runs the step
 * again after a pause, the flow still RUNNING; anything else leaves the flow FAILED with the reason.
 */
final class StepGuard {

    // The engine's logger: a flow's failures are logged where the engine's other lines are.
    private static final System.Logger LOG = System.getLogger(FlowEngine.class.getName());

    private final FlowEngine engine;
    private final Fiber fiber;
    private final FlowState state;
    private final ActionExecutor actions;
    /** Runs again of the current step after transient database failures. */
    private int transientRetries;

    StepGuard(FlowEngine engine, Fiber fiber, FlowState state, ActionExecutor actions) {
        this.engine = engine;
        this.fiber = fiber;
        this.state = state;
        this.actions = actions;
    }

    /** Runs {@code work} as one step; {@code trigger} is the message that caused it, if one did. */
    void run(Envelope trigger, Runnable work) {
        try {
            actions.runStep(work);
            transientRetries = 0;
        } catch (RuntimeException | StackOverflowError e) {
            actions.discardStep();
            List<String> heldInStep = List.copyOf(state.heldLocks);
            fiber.backToLastCheckpoint();
            releaseLocksTakenIn(heldInStep);
            if (trigger != null) {
                // The checkpoint gone back to may predate the message: it is kept for the step's next run.
                SessionState session = state.sessions.get(trigger.sessionId());
                if (session != null && trigger.sequence() > session.lastConsumed) {
                    session.received(trigger);
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
            fiber.markFailed(refusal ? e.getMessage() : describe(e), refusal);
            // The reason may name a claim or member (it is kept with the checkpoint for the operator);
            // the log says only which flow failed and the kind of failure.
            LOG.log(System.Logger.Level.WARNING, () -> engine.name().getOrganisation() + " flow " + fiber.rootName()
                    + " " + fiber.id + " failed (" + e.getClass().getSimpleName() + "); its reason is kept with its checkpoint");
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
     * trigger put back), the flow RUNNING and its locks kept meanwhile.
     */
    private void runAgainLater(Throwable e) {
        transientRetries++;
        actions.cancelTimer();
        Duration pause = TransientFailures.pauseBefore(transientRetries);
        int retry = transientRetries;
        LOG.log(System.Logger.Level.WARNING, () -> engine.name().getOrganisation() + " flow " + fiber.rootName() + " "
                + fiber.id + ": the database was busy (" + e.getClass().getSimpleName() + "); its step runs again in "
                + pause.toMillis() + " ms (" + retry + " of " + TransientFailures.MAX_RETRIES + ")");
        engine.scheduler().schedule(engine.clock().instant().plus(pause), () -> fiber.post(fiber::resume));
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
