package net.claimsnet.web.desk.grants;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.server.NodeRuntime;
import net.corda.core.identity.Party;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which grants this node's pages can show: an insurer issues grants and holds them, the auditor holds
 * them; other nodes have none ({@code DeskAction.READ_GRANTS}), and their pages say so instead of
 * offering what the desk would refuse. Also the providers a grant can name: those on the network map.
 */
@Named
@RequestScoped
public class GrantsNode {

    @EJB
    private NodeRuntime runtime;

    /** Whether grants are issued here: an insurer node that runs. */
    public boolean isIssuer() {
        return runtime.isRunning() && runtime.node().role() == NodeRole.INSURER;
    }

    /** Whether grants are received here: the auditor's node, running. */
    public boolean isHolder() {
        return runtime.isRunning() && runtime.node().role() == NodeRole.AUDITOR;
    }

    /** Why the insurer's page has nothing to offer here, in words; null on an insurer node that runs. */
    public String getNotIssuerReason() {
        if (!runtime.isRunning()) {
            return "The node is not running, so no grant can be read or issued now. " + runtime.failure().orElse("It is starting.");
        }
        if (isIssuer()) {
            return null;
        }
        return "Access grants are issued by an insurer, on its own node, for its own claims. This is a "
                + runtime.node().role().name().toLowerCase(Locale.ROOT) + " node, so it issues none; ask the insurer's node administrator.";
    }

    /** Why the auditor's page has nothing to show here, in words; null on the auditor's node that runs. */
    public String getNotHolderReason() {
        if (!runtime.isRunning()) {
            return "The node is not running, so its grants cannot be read now. " + runtime.failure().orElse("It is starting.");
        }
        if (isHolder()) {
            return null;
        }
        return "Access grants are held by the network's auditor, on its own node. This is a "
                + runtime.node().role().name().toLowerCase(Locale.ROOT) + " node.";
    }

    /** The providers on the network map (names and roles, no ledger state), by organisation: those a PROVIDER grant can name. */
    public List<Party> providers() {
        if (!runtime.isRunning()) {
            return List.of();
        }
        return runtime.node().ledger().networkMap().partiesWithRole(NodeRole.PROVIDER).stream()
                .sorted(Comparator.comparing(party -> party.getName().getOrganisation()))
                .toList();
    }
}
