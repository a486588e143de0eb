package net.claimsnet.flows.engine;

import java.util.concurrent.CompletableFuture;

/** A started flow: its id and its result (completed exceptionally with {@link FlowFailedException} if it fails). */
public final class FlowHandle<T> {

    private final String flowId;
    private final CompletableFuture<T> result;

    FlowHandle(String flowId, CompletableFuture<T> result) {
        this.flowId = flowId;
        this.result = result;
    }

    public String flowId() {
        return flowId;
    }

    public CompletableFuture<T> result() {
        return result;
    }

    /** The result if the flow completed; throws if it failed or has not finished. */
    public T get() {
        if (!result.isDone()) {
            throw new IllegalStateException("Flow " + flowId + " has not finished");
        }
        return result.join();
    }
}
