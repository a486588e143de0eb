package net.claimsnet.web.e2e.security;

import net.claimsnet.node.config.NetworkConfiguration;
import net.claimsnet.node.config.NodeConfiguration;
import net.claimsnet.web.e2e.RunningNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's security suite: every endpoint of every node (found, not listed: {@link EndpointInventory})
 * has a line in {@link AccessRules}, and every node answers each of them, as nobody, as each of its demo
 * users and as users of other nodes, as that line says: 401 (the desk: its login page) for nobody and
 * for strangers, 403 for the node's users without the role, an answer that is neither (and no server
 * error) for those with it. Prints {@code security-suite: endpoints=N calls=M unexpected=0}.
 *
 * <p>The P2P listener's half of the suite (no handshake without a client certificate, or with one of
 * another root) is in {@link net.claimsnet.web.e2e.NetworkE2E}.
 */
@ExtendWith(RunningNetwork.class)
class EndpointSecurityE2E {

    /** The repository's root: Maven runs the web module's tests in web/. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final NetworkConfiguration NETWORK = NetworkConfiguration.load(ROOT.resolve("config").resolve("nodes"));
    private static final AccessRules RULES = AccessRules.table();

    private static Set<Endpoint> endpoints;

    @BeforeAll
    static void findEveryEndpoint() {
        endpoints = EndpointInventory.of(NETWORK, ROOT.resolve("web").resolve("src").resolve("main").resolve("webapp"));
    }

    @Test
    void every_endpoint_found_has_a_rule_and_every_rule_an_endpoint() {
        assertThat(RULES.withoutRule(endpoints)).as("endpoints without a line in AccessRules.table(): add one saying"
                + " which roles may call each (found in /openapi, /fhir/metadata, the X12 resources or the webapp)").isEmpty();
        assertThat(RULES.withoutEndpoint(endpoints)).as("lines of AccessRules.table() for endpoints no node has any more")
                .isEmpty();
    }

    @Test
    void every_node_answers_every_endpoint_to_each_caller_as_its_rule_says() throws Exception {
        List<AccessRule> ruled = endpoints.stream().map(RULES::ruleFor).flatMap(Optional::stream).toList();
        NetworkCallers callers = new NetworkCallers(NETWORK);

        List<Call> calls = new ArrayList<>();
        // One thread per node: the nodes answer side by side, each one's calls in turn.
        ExecutorService perNode = Executors.newFixedThreadPool(NETWORK.nodes().size());
        try {
            List<Future<List<Call>>> running = new ArrayList<>();
            for (NodeConfiguration node : NETWORK.nodes()) {
                running.add(perNode.submit(() -> new NodeProbe(node).callEveryEndpoint(ruled, callers.of(node))));
            }
            for (Future<List<Call>> node : running) {
                calls.addAll(resultOf(node));
            }
        } finally {
            perNode.shutdownNow();
        }
        List<Call> unexpected = calls.stream().filter(Call::unexpected).toList();

        System.out.println("security-suite: endpoints=" + ruled.size() + " calls=" + calls.size() + " unexpected=" + unexpected.size());
        assertThat(unexpected).as("answers other than the rules say:\n" + unexpected.stream().map(Call::toString)
                .collect(Collectors.joining("\n"))).isEmpty();
    }

    private static List<Call> resultOf(Future<List<Call>> node) throws InterruptedException {
        try {
            return node.get();
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause().getMessage(), e.getCause());
        }
    }
}
