package net.claimsnet.node.desk;

import java.util.List;

/**
 * Port: where the desk writes who read or changed which claim. Entries name claims by id only, so
 * the trail itself holds no PHI. A read is recorded before its data is returned: if the trail cannot
 * be written, the read fails.
 */
public interface ClaimAuditTrail {

    /** Outcomes the desk records. */
    String ALLOWED = "ALLOWED";
    String DENIED = "DENIED";
    String REFUSED = "REFUSED";
    /** The action's flow was still running when the desk stopped waiting; it finishes on its own. */
    String RUNNING = "RUNNING";

    /**
     * @param actor    the user name
     * @param action   what was done, e.g. READ, SEARCH, SUBMIT
     * @param claimId  the claim's ledger id (null when there is none, e.g. a submission the scrub rejected)
     * @param outcome  {@link #ALLOWED}, {@link #DENIED} (no permission), {@link #REFUSED} (the ledger or rules said no) or {@link #RUNNING}
     * @param detail   a short note without PHI; nullable
     */
    void record(String actor, String action, String claimId, String outcome, String detail);

    /**
     * Records the same action and outcome for several claims at once, as a search does for every claim
     * on the page it returns: in one transaction where the trail has them (one commit, not one per claim).
     */
    default void recordEach(String actor, String action, List<String> claimIds, String outcome) {
        for (String claimId : claimIds) {
            record(actor, action, claimId, outcome, null);
        }
    }

    /**
     * The most recent entries naming the claim, newest first: who did what with it on this node.
     *
     * @param claimId the claim's ledger id
     * @param max     how many entries at most (a claim read often has many)
     */
    List<ClaimAuditEntry> entriesFor(String claimId, int max);
}
