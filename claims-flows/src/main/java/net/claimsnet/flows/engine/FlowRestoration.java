package net.claimsnet.flows.engine;

import net.claimsnet.flows.checkpoint.Checkpoint;
import net.claimsnet.flows.checkpoint.CheckpointCommit;
import net.claimsnet.flows.checkpoint.FlowStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Brings back, as the engine starts, the flows its checkpoint store holds unfinished: each becomes a
 * fiber again, found by its id and its sessions, holding its soft locks again. The running ones then
 * take up their waits, at once or, on a node restored from a backup, once the node has caught up with
 * its peers; what they waited for is kept for that catch-up. Failed ones stay failed for an operator.
 */
final class FlowRestoration {

    private static final System.Logger LOG = System.getLogger(FlowEngine.class.getName());

    private final FlowEngine engine;
    private final LiveFibers fibers;
    /** What the running flows restored waited for, as their checkpoints left it. */
    private final List<SessionWait> restoredWaits = new ArrayList<>();
    /** Restored flows not resumed yet ({@link #resume(List, boolean)}). */
    private final List<Fiber> held = new ArrayList<>();

    FlowRestoration(FlowEngine engine, LiveFibers fibers) {
        this.engine = engine;
        this.fibers = fibers;
    }

    /**
     * Restores every unfinished flow of the checkpoint store and returns the running ones, those waiting
     * for a lock first, in the order they started, so that they queue for it again as they did.
     */
    List<Fiber> restore() {
        List<Fiber> restored = new ArrayList<>();
        for (Checkpoint checkpoint : engine.store().unfinished()) {
            Fiber fiber;
            try {
                fiber = Fiber.restored(engine, checkpoint);
            } catch (RuntimeException e) {
                keepUnrestorable(checkpoint, e);
                continue;
            }
            fibers.addWithSessions(fiber);
            if (fiber.status == FlowStatus.RUNNING) {
                fiber.heldLocks().forEach(key -> engine.locks().restore(key, fiber.id));
                restored.add(fiber);
                SessionWait wait = fiber.waitingSession();
                if (wait != null) {
                    restoredWaits.add(wait);
                }
            }
        }
        restored.sort(Comparator.comparing(f -> !f.waitsForLock()));
        return restored;
    }

    /**
     * One flow that cannot be restored (its state damaged, its code changed incompatibly) must not
     * keep the node from starting: it is kept FAILED with the reason and its state, for an operator.
     */
    private void keepUnrestorable(Checkpoint checkpoint, RuntimeException cause) {
        String reason = "Cannot be restored from its checkpoint: " + cause.getMessage();
        LOG.log(System.Logger.Level.WARNING, "Flow {0} ({1}) is left FAILED: {2}", checkpoint.flowId(),
                checkpoint.flowName(), reason);
        if (checkpoint.status() != FlowStatus.FAILED || !reason.equals(checkpoint.failure())) {
            engine.store().commit(new CheckpointCommit(new Checkpoint(checkpoint.flowId(), checkpoint.flowName(),
                    FlowStatus.FAILED, reason, checkpoint.state(), checkpoint.startedAt(), engine.clock().instant()),
                    List.of(), List.of()));
        }
    }

    /** Lets the restored flows take up their waits now, or holds them until {@link #resumeHeld()}. */
    void resume(List<Fiber> restored, boolean hold) {
        if (hold) {
            synchronized (held) {
                held.addAll(restored);
            }
            return;
        }
        restored.forEach(FlowRestoration::resume);
    }

    /** Lets the flows held at start go on. */
    void resumeHeld() {
        List<Fiber> resumed;
        synchronized (held) {
            resumed = List.copyOf(held);
            held.clear();
        }
        resumed.forEach(FlowRestoration::resume);
    }

    private static void resume(Fiber fiber) {
        fiber.post(fiber::resume);
    }

    /** The session waits of the running flows restored, as their checkpoints left them. */
    List<SessionWait> restoredWaits() {
        synchronized (restoredWaits) {
            return List.copyOf(restoredWaits);
        }
    }
}
