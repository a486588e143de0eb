package net.claimsnet.node.server;

import net.claimsnet.states.ClaimDetails;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A provider's record of the plan on each patient's insurance card, by member id. The ledger's claim
 * carries no plan id, but the scrubbing rules check it; whoever takes the claim from billing staff
 * (the claims desk, the REST API) records the card's plan here before submitting.
 */
public final class PatientPlans {

    private final Map<String, String> planByMember = new ConcurrentHashMap<>();

    public void remember(String memberId, String planId) {
        planByMember.put(Objects.requireNonNull(memberId, "memberId"), Objects.requireNonNull(planId, "planId"));
    }

    /** The plan recorded for the claim's patient, or null (the rules then ask for it). */
    public String planOf(ClaimDetails claim) {
        return claim.getPatient() == null ? null : planByMember.get(claim.getPatient().getMemberId());
    }
}
