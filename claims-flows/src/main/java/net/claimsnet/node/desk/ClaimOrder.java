package net.claimsnet.node.desk;

import java.io.Serializable;
import java.util.Objects;

/**
 * How a search's claims are ordered: by one key, ascending or descending; ties fall back to the
 * provider's claim id, then the ledger id, so pages never overlap or skip a claim.
 */
public record ClaimOrder(Key key, boolean descending) implements Serializable {

    /** What a list can be sorted by. */
    public enum Key {
        /** The claim's first date of service. */
        SERVICE_DATE,
        /** The provider's own claim id. */
        CLAIM_ID,
        STATUS,
        MEMBER_ID,
        PROVIDER,
        TOTAL_CHARGE
    }

    /** Work lists: the most recent services first. */
    public static final ClaimOrder NEWEST_SERVICE_FIRST = new ClaimOrder(Key.SERVICE_DATE, true);
    /** Work queues: the claims waiting longest first. */
    public static final ClaimOrder OLDEST_SERVICE_FIRST = new ClaimOrder(Key.SERVICE_DATE, false);

    public ClaimOrder {
        Objects.requireNonNull(key, "key");
    }
}
