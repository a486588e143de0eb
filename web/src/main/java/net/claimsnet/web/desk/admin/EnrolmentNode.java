package net.claimsnet.web.desk.admin;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import net.claimsnet.ledger.identity.NodeRole;
import net.claimsnet.node.server.NodeRuntime;
import net.claimsnet.rules.reference.Plan;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Whether members can be enrolled on this node, and on which plans. The coverage desk enrols for
 * NODE_ADMIN users of an insurer node only (the insurer holds its members' coverages and its plans);
 * on any other node the enrolment page explains that instead of offering forms that would be refused.
 */
@Named
@RequestScoped
public class EnrolmentNode {

    @EJB
    private NodeRuntime runtime;

    private List<Plan> plans;

    public boolean isAvailable() {
        return runtime.isRunning() && runtime.configuration().role() == NodeRole.INSURER;
    }

    /** Why the forms are not offered, in words; null when they are. */
    public String getUnavailableReason() {
        if (!runtime.isRunning()) {
            return "The node is not running, so nobody can be enrolled now. " + runtime.failure().orElse("It is starting.");
        }
        if (isAvailable()) {
            return null;
        }
        return "Members are enrolled on their insurer's node: the coverage desk lets node administrators of an insurer node"
                + " enrol members in that insurer's plans, and no one else. This is a "
                + runtime.configuration().role().name().toLowerCase(Locale.ROOT) + " node, so there is no one to enrol here;"
                + " ask the insurer's node administrator.";
    }

    /**
     * The insurer's plans (its rule set's reference data, config/reference/plans.csv), by plan id. Plans
     * are records: the page calls their accessors ({@code #{plan.planId()}}).
     */
    public List<Plan> getPlans() {
        if (plans == null) {
            plans = !isAvailable() ? List.of() : runtime.referenceData().plans().stream()
                    .sorted(Comparator.comparing(Plan::planId)).toList();
        }
        return plans;
    }

    public List<String> planIds() {
        return getPlans().stream().map(Plan::planId).toList();
    }
}
