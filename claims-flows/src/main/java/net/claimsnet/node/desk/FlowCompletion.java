package net.claimsnet.node.desk;

import net.claimsnet.flows.engine.FlowFailedException;
import net.claimsnet.flows.engine.FlowHandle;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * How the desk waits for a flow it started: on a server, up to a time limit while the flow runs on
 * its own threads; on a deterministic in-JVM network, by running the network until it settles.
 */
@FunctionalInterface
public interface FlowCompletion {

    /** Returns once the flow finished (its result done, normally or not); throws {@link FlowStillRunningException} otherwise. */
    void await(FlowHandle<?> handle);

    /**
     * Waits for the flow and returns its result; a flow that failed (a contract refused, a party
     * said no) becomes the conflict {@code refusal} makes of its reason.
     */
    default <T> T resultOf(FlowHandle<T> handle, Function<String, ? extends RuntimeException> refusal) {
        await(handle);
        if (!handle.result().isDone()) {
            throw new FlowStillRunningException(handle.flowId());
        }
        try {
            return handle.result().join();
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e instanceof CompletionException ? e.getCause() : e;
            if (cause instanceof FlowFailedException) {
                throw refusal.apply(cause.getMessage());
            }
            throw refusal.apply("The flow " + handle.flowId() + " did not finish: " + cause.getClass().getSimpleName());
        }
    }

    /** Waits at most the given time. */
    static FlowCompletion within(Duration limit) {
        return handle -> {
            try {
                handle.result().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                // Finished with a failure: the desk reads it from the result.
            } catch (TimeoutException e) {
                throw new FlowStillRunningException(handle.flowId());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FlowStillRunningException(handle.flowId());
            }
        };
    }
}
