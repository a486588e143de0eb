package net.claimsnet.node;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits of the tests that run a threaded in-memory network: until a condition holds, or until it
 * holds and no node runs a flow any more; on timeout, what each node still runs and why flows failed.
 */
final class NetworkWaits {

    private final InMemoryNetwork network;
    private final Duration patience;

    NetworkWaits(InMemoryNetwork network, Duration patience) {
        this.network = network;
        this.patience = patience;
    }

    /** Waits until the condition holds and no node runs a flow any more. */
    void awaitQuiet(BooleanSupplier done) throws InterruptedException {
        await(() -> done.getAsBoolean() && network.nodes().stream().allMatch(n -> n.flows().runningCount() == 0),
                "every flow to finish");
    }

    void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                StringBuilder state = new StringBuilder();
                for (Node node : network.nodes()) {
                    state.append("\n").append(node.name().getOrganisation()).append(": ").append(node.flows().runningCount())
                            .append(" running, failed ").append(node.flows().failedFlows().stream()
                                    .map(c -> c.flowName() + ": " + c.failure()).distinct().limit(3).toList());
                }
                throw new AssertionError("Timed out waiting for " + what + state);
            }
            Thread.sleep(20);
        }
    }
}
