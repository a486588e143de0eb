package net.claimsnet.node.desk;

/**
 * Port: where the desk records the plan on a patient's insurance card, as billing staff enter it with
 * a claim. The ledger's claim carries no plan id, but the provider's scrub rules check it (on a server,
 * {@code NodeRuntime.patientPlans()}); in-JVM networks whose rules need no plan record nothing.
 */
@FunctionalInterface
public interface PatientPlanBook {

    PatientPlanBook NONE = (memberId, planId) -> { };

    void remember(String memberId, String planId);
}
