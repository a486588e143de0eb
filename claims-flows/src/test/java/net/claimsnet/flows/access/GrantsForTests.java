package net.claimsnet.flows.access;

import net.claimsnet.node.Node;
import net.claimsnet.states.AccessScope;
import net.corda.core.identity.CordaX500Name;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * For tests on networks that run on their own threads: the insurer grants the auditor providers' claims
 * for 90 days, so that the auditor receives them whole as it did before grants existed.
 */
public final class GrantsForTests {

    private GrantsForTests() {
    }

    public static void grantAuditor(Node insurer, Duration patience, CordaX500Name... providers) throws Exception {
        for (CordaX500Name provider : providers) {
            insurer.startFlow(new GrantAccessFlow.Initiator(AccessScope.provider(provider), "Claims audit of " + provider.getOrganisation(),
                    insurer.services().clock().instant().plus(Duration.ofDays(90)))).result().get(patience.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
