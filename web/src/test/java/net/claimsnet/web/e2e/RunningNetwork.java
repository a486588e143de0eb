package net.claimsnet.web.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.time.Duration;

/**
 * The running network for every *E2E class of one run: the first class to start brings it up
 * ({@code ./network up}), and it goes down ({@code ./network down}) once, after the last class.
 * ({@code -Dclaimsnet.e2e.keep-network=true} leaves it up.) A test that fails carries the tail of every node's server log in its message.
 */
public final class RunningNetwork implements BeforeAllCallback, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

    /** A first `up` creates five Payara domains: about ten minutes on two busy cores. */
    static final Duration UP_TIMEOUT = Duration.ofMinutes(40);
    static final Duration DOWN_TIMEOUT = Duration.ofMinutes(10);
    /** -Dclaimsnet.e2e.keep-network=true leaves the network up after the run (to look around, or run again sooner). */
    static final String KEEP_PROPERTY = "claimsnet.e2e.keep-network";

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningNetwork.class, key -> up(), Down.class);
    }

    private static Down up() {
        NetworkScript.runOrFail(UP_TIMEOUT, "up");
        return new Down();
    }

    /** Closed by JUnit when the whole run ends. */
    static final class Down implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            if (Boolean.getBoolean(KEEP_PROPERTY)) {
                System.out.println("-D" + KEEP_PROPERTY + "=true: the network stays up (./network down stops it)");
                return;
            }
            NetworkScript.runOrFail(DOWN_TIMEOUT, "down");
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withNodeLogs(failure);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withNodeLogs(failure);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        throw withNodeLogs(failure);
    }

    private static Throwable withNodeLogs(Throwable failure) {
        if (failure instanceof WithNodeLogs) {
            return failure;
        }
        return new WithNodeLogs(failure);
    }

    /** The failure as it was, its message followed by each node's log tail. */
    static final class WithNodeLogs extends AssertionError {
        WithNodeLogs(Throwable failure) {
            super(failure.getMessage() + "\n" + NodeLogs.tails(), failure);
            setStackTrace(failure.getStackTrace());
        }
    }
}
