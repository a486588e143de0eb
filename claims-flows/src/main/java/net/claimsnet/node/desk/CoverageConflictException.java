package net.claimsnet.node.desk;

/**
 * The coverage action does not apply as things stand: the member has an active coverage for
 * overlapping dates already (named by {@link #overlapping()}), the coverage is terminated already, or
 * the ledger refused it (a contract rule, the notary); nothing was recorded.
 */
public final class CoverageConflictException extends ClaimDeskException {

    private final String overlapping;

    public CoverageConflictException(String reason) {
        this(reason, null);
    }

    private CoverageConflictException(String reason, String overlapping) {
        super(reason);
        this.overlapping = overlapping;
    }

    /** The member is covered already, for dates that overlap the ones asked for, by the given coverage. */
    static CoverageConflictException overlap(String reason, String coverageId) {
        return new CoverageConflictException(reason, coverageId);
    }

    /** The id of the active coverage the request overlaps; null for any other conflict. */
    public String overlapping() {
        return overlapping;
    }
}
