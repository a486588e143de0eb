package net.claimsnet.node.filing;

import java.util.Optional;

/**
 * Port: the provider claim ids that filings have taken. A store with a database joins the caller's
 * transaction, so that the reservation and the first checkpoint of the flow it names commit together
 * (see {@code FlowEngine.startFlow(flow, flowId, alongside)}); two filings of one id can then never
 * both start a flow, even on two threads or across a crash.
 */
public interface FilingReservations {

    /**
     * Takes the claim id for the filing.
     *
     * @throws ClaimIdTakenException when another filing holds it already (one that committed, or one
     *                               committing at the same time: the database's key decides)
     */
    void reserve(FilingReservation reservation);

    /** The filing that holds the provider's claim id, if any. */
    Optional<FilingReservation> find(String provider, String providerClaimId);

    /**
     * Gives the claim id up if the given flow still holds it: for a filing whose flow was abandoned
     * without filing anything, so that the id can be filed again. Whether it did.
     */
    boolean release(String provider, String providerClaimId, String flowId);
}
