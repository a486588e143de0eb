package net.claimsnet.web.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.config.NodeConfiguration;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The running network for every *E2E class of one run: the first class to start brings it up
 * ({@code ./network up}), and it goes down ({@code ./network down}) once, after the last class.
 * ({@code -Dclaimsnet.e2e.keep-network=true} leaves it up.) A test that fails carries the tail of every node's server log in its message.
 *
 * <p>{@code -Dclaimsnet.e2e.use-running-network=true} uses a network someone else runs (and may
 * redeploy): the run neither brings it up nor takes it down, it only waits until every node of
 * config/nodes answers {@code /health/ready} with 200 (at most {@link #READY_TIMEOUT}). For working on
 * the tests against a network that is up already; CI leaves it unset.
 */
public final class RunningNetwork implements BeforeAllCallback, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

    /** A first `up` creates five Payara domains: about ten minutes on two busy cores. */
    static final Duration UP_TIMEOUT = Duration.ofMinutes(40);
    static final Duration DOWN_TIMEOUT = Duration.ofMinutes(10);
    /** -Dclaimsnet.e2e.keep-network=true leaves the network up after the run (to look around, or run again sooner). */
    static final String KEEP_PROPERTY = "claimsnet.e2e.keep-network";
    /** -Dclaimsnet.e2e.use-running-network=true: neither up nor down, only wait until every node is ready. */
    static final String USE_RUNNING_PROPERTY = "claimsnet.e2e.use-running-network";
    /** A redeployment restarts the nodes one by one: a minute or two, longer on busy cores. */
    static final Duration READY_TIMEOUT = Duration.ofMinutes(10);

    @Override
    public void beforeAll(ExtensionContext context) {
        if (Boolean.getBoolean(USE_RUNNING_PROPERTY)) {
            // Before every class, not once: the network's owner may be redeploying it between two classes.
            awaitEveryNodeReady();
            new NetworkApi().grantRegulatorEveryProvidersClaims();
            return;
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningNetwork.class, key -> up(), Down.class);
    }

    /**
     * Waits until every node of config/nodes answers its readiness check with 200: Payara's, on the plain
     * listener, where ./network waits for it too (the application's pages and API are on HTTPS only).
     */
    static void awaitEveryNodeReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        NetworkConfiguration network = NetworkConfiguration.load(NetworkScript.ROOT.resolve("config").resolve("nodes"));
        for (NodeConfiguration node : network.nodes()) {
            URI ready = URI.create(node.address() + "/health/ready");
            Await.until(node.id() + " ready (" + ready + "; -D" + USE_RUNNING_PROPERTY + "=true: nobody here starts it)",
                    READY_TIMEOUT, () -> statusOf(http, ready), status -> status == 200);
        }
    }

    private static int statusOf(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("no answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Down up() {
        NetworkScript.runOrFail(UP_TIMEOUT, "up");
        // The tests trace claims at the regulator, which holds them whole only under Acme's grants.
        new NetworkApi().grantRegulatorEveryProvidersClaims();
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
        // A network run from another checkout (-Dclaimsnet.e2e.use-running-network) keeps its logs there.
        if (failure instanceof WithNodeLogs || !NodeLogs.anyLogHere()) {
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
