package net.claimsnet.node.desk;

import net.claimsnet.flows.engine.FlowHandle;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * How the desk waits for a flow it started: on a server, up to a time limit while the flow runs on
 * its own threads; on a deterministic in-JVM network, by running the network until it settles.
 */
@FunctionalInterface
public interface FlowCompletion {

    /** Returns once the flow finished (its result done, normally or not); throws {@link FlowStillRunningException} otherwise. */
    void await(FlowHandle<?> handle);

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
