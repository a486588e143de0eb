package net.claimsnet.node.desk;

import net.claimsnet.states.ClaimStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a work list or search asks for; every criterion is optional (null, or no status for any
 * status), the dates bound the claim's first date of service and the charges its total charge, both
 * inclusive. Pages count from 0.
 *
 * @param statuses   the statuses a claim may have (any one of them); empty for any status
 * @param provider   the provider's organisation name or full X.500 name
 * @param claimId    the provider's business claim id
 * @param pendReason a reason code the claim is pended with (e.g. {@code REVIEW}, {@code OA-133})
 * @param order      how the claims are ordered; most recent service first when null
 */
public record ClaimSearch(Set<ClaimStatus> statuses, String memberId, String provider, LocalDate from, LocalDate to,
                          String claimId, BigDecimal minCharge, BigDecimal maxCharge, String pendReason,
                          ClaimOrder order, int page, int size) implements Serializable {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public ClaimSearch {
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(statuses));
        order = order == null ? ClaimOrder.NEWEST_SERVICE_FIRST : order;
    }

    /** A search of one status (null: any), without charge bounds or pend reason, most recent service first. */
    public ClaimSearch(ClaimStatus status, String memberId, String provider, LocalDate from, LocalDate to,
                       String claimId, int page, int size) {
        this(statusSet(status), memberId, provider, from, to, claimId, null, null, null, null, page, size);
    }

    private static Set<ClaimStatus> statusSet(ClaimStatus status) {
        return status == null ? Set.of() : EnumSet.of(status);
    }

    /** Whether the claim's status is one the search asks for. */
    public boolean admits(ClaimStatus status) {
        return statuses.isEmpty() || statuses.contains(status);
    }

    public static ClaimSearch all() {
        return new ClaimSearch(null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    /** One status (null: any). */
    public ClaimSearch withStatus(ClaimStatus status) {
        return withStatuses(statusSet(status));
    }

    /** Any of the statuses (empty: any status), e.g. approved or partially approved: awaiting payment. */
    public ClaimSearch withStatuses(Set<ClaimStatus> statuses) {
        return new ClaimSearch(statuses, memberId, provider, from, to, claimId, minCharge, maxCharge, pendReason, order, page, size);
    }

    public ClaimSearch withMemberId(String memberId) {
        return new ClaimSearch(statuses, memberId, provider, from, to, claimId, minCharge, maxCharge, pendReason, order, page, size);
    }

    public ClaimSearch withProvider(String provider) {
        return new ClaimSearch(statuses, memberId, provider, from, to, claimId, minCharge, maxCharge, pendReason, order, page, size);
    }

    public ClaimSearch withDates(LocalDate from, LocalDate to) {
        return new ClaimSearch(statuses, memberId, provider, from, to, claimId, minCharge, maxCharge, pendReason, order, page, size);
    }

    public ClaimSearch withClaimId(String claimId) {
        return new ClaimSearch(statuses, memberId, provider, from, to, claimId, minCharge, maxCharge, pendReason, order, page, size);
    }

    /** Total charge between the bounds, inclusive; either may be null. */
    public ClaimSearch withCharges(BigDecimal minCharge, BigDecimal maxCharge) {
        return new ClaimSearch(statuses, memberId, provider, from, to, claimId, minCharge, maxCharge, pendReason, order, page, size);
    }

    public ClaimSearch withPendReason(String pendReason) {
        return new ClaimSearch(statuses, memberId, provider, from, to, claimId, minCharge, maxCharge, pendReason, order, page, size);
    }

    public ClaimSearch withOrder(ClaimOrder order) {
        return new ClaimSearch(statuses, memberId, provider, from, to, claimId, minCharge, maxCharge, pendReason, order, page, size);
    }

    public ClaimSearch withPage(int page, int size) {
        return new ClaimSearch(statuses, memberId, provider, from, to, claimId, minCharge, maxCharge, pendReason, order, page, size);
    }
}
