package net.claimsnet.flows.engine;

/**
 * A flow: a state machine the engine runs one step at a time. Each call runs from where the flow
 * stopped to its next wait (a message, a transaction with its back chain, a sub-flow's result, a
 * lock) or its end, and returns that as a {@link Step}; the engine checkpoints the flow there and
 * calls again when the wait is over, {@link FlowContext#received} giving what arrived. Flows keep
 * their progress in fields (typically a stage enum), which the checkpoint saves.
 *
 * <p>A step may run again after a crash (from the last checkpoint), so what it does before its wait
 * must be repeatable: recording a transaction is; sending is only done by the engine after the checkpoint.
 *
 * @param <T> what the flow returns
 */
public abstract class FlowLogic<T> implements Checkpointable {

    protected abstract Step call(FlowContext context);

    /** Ends the flow with its result. */
    protected final Step done(T result) {
        return Step.done(result);
    }
}
