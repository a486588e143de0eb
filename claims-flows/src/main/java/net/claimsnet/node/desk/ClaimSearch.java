package net.claimsnet.node.desk;

import net.claimsnet.states.ClaimStatus;

import java.time.LocalDate;

/**
 * What a work list or search asks for; every criterion is optional (null), and the dates bound the
 * claim's first date of service, inclusive. Pages count from 0.
 *
 * @param provider the provider's organisation name or full X.500 name
 * @param claimId  the provider's business claim id
 */
public record ClaimSearch(ClaimStatus status, String memberId, String provider, LocalDate from, LocalDate to,
                          String claimId, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static ClaimSearch all() {
        return new ClaimSearch(null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    public ClaimSearch withStatus(ClaimStatus status) {
        return new ClaimSearch(status, memberId, provider, from, to, claimId, page, size);
    }

    public ClaimSearch withMemberId(String memberId) {
        return new ClaimSearch(status, memberId, provider, from, to, claimId, page, size);
    }

    public ClaimSearch withProvider(String provider) {
        return new ClaimSearch(status, memberId, provider, from, to, claimId, page, size);
    }

    public ClaimSearch withDates(LocalDate from, LocalDate to) {
        return new ClaimSearch(status, memberId, provider, from, to, claimId, page, size);
    }

    public ClaimSearch withClaimId(String claimId) {
        return new ClaimSearch(status, memberId, provider, from, to, claimId, page, size);
    }

    public ClaimSearch withPage(int page, int size) {
        return new ClaimSearch(status, memberId, provider, from, to, claimId, page, size);
    }
}
