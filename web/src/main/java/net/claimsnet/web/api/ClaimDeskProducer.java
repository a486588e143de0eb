package net.claimsnet.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import net.claimsnet.node.Node;
import net.claimsnet.node.desk.ClaimDesk;
import net.claimsnet.node.desk.FlowCompletion;
import net.claimsnet.storage.jpa.DatabaseTransactions;
import net.claimsnet.storage.jpa.security.JpaClaimAuditTrail;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;
import java.time.Duration;

/**
 * Makes the claim desk over the node the runtime runs ({@code net.claimsnet.node.server.NodeRuntime#node()}),
 * its audit trail in the node's database. A desk is three references: one per request costs nothing
 * and keeps no state between requests. While the node is not running every claim request answers 503.
 *
 * <p>The runtime is looked up by its portable JNDI name rather than injected with {@code @EJB}, only
 * until {@code NodeRuntime} (written in parallel) is on this branch: then this becomes
 * {@code @EJB NodeRuntime runtime; ... runtime.node()}.
 */
@ApplicationScoped
public class ClaimDeskProducer {

    /** How long a request waits for its flow; a slower one answers 202 and finishes on its own. */
    static final Duration FLOW_WAIT = Duration.ofSeconds(30);

    /** The runtime singleton in the EAR's EJB module (claims-flows.jar). */
    static final String NODE_RUNTIME = "java:app/claims-flows/NodeRuntime";

    @EJB
    private DatabaseTransactions transactions;

    @Produces
    ClaimDesk desk() {
        return new ClaimDesk(node(), new JpaClaimAuditTrail(transactions, Clock.systemUTC()),
                FlowCompletion.within(FLOW_WAIT));
    }

    private static Node node() {
        try {
            Object runtime = InitialContext.doLookup(NODE_RUNTIME);
            return (Node) runtime.getClass().getMethod("node").invoke(runtime);
        } catch (NamingException | NoSuchMethodException | IllegalAccessException e) {
            throw new NodeUnavailableException("The node runtime is not deployed");
        } catch (InvocationTargetException e) {
            throw new NodeUnavailableException("The node is not running");
        }
    }
}
